/**
 * Délais du service : jours ouvrés de chaque territoire, horloge des 30 jours ouvrés entre une première demande de
 * rendez-vous et un premier échange avec un conseiller (CCTP §3.3), demandes de rappel, alertes aux managers
 * (J-10, J-3, retard) et indicateur 8.4 (délai du premier rendez-vous).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Échéances")
package fr.portailcep.echeance;
