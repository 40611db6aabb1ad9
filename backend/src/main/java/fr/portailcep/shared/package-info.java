/**
 * Ce que toutes les fonctionnalités partagent : l'horloge, les textes en français, les formats des dates et des
 * nombres, les gabarits, l'envoi des courriels.
 * Module ouvert : les autres modules peuvent utiliser ses sous-paquets.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package fr.portailcep.shared;
