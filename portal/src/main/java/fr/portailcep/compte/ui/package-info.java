/**
 * The screens of accounts and sign-in. Named interface {@code ecrans}: the public pieces another feature's page may
 * reuse to confirm an address by a code ({@link fr.portailcep.compte.ui.SaisieCode}) and to say where the person
 * goes once signed in ({@link fr.portailcep.compte.ui.ApresConnexion}).
 */
@org.springframework.modulith.NamedInterface("ecrans")
package fr.portailcep.compte.ui;
