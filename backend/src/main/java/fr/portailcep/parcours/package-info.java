/**
 * Le parcours d’un bénéficiaire : ses unités d’œuvre (UO0 aiguillage, UO1, UO2.1, UO2.2), leurs délais et leurs
 * clôtures, et la numérotation nationale des dossiers ({@code OO AA MM UU XXXXXX}, annexe 2 du CCTP).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Parcours")
package fr.portailcep.parcours;
