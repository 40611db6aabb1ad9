/**
 * Réclamations : une personne se plaint du service en deux minutes sur son téléphone (ou par courrier, enregistré
 * par le correspondant médiation avec sa date de réception) ; accusé de réception sous 7 jours, réponse sous 45 jours
 * de la réception, alertes J-10, J-3 et retard ; puis « Cette réponse vous convient-elle ? » (CCTP §3.7, annexe 2 §3).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Réclamations")
package fr.portailcep.reclamation;
