/**
 * Rendez-vous : l’offre (sites, modalités, horaires de chaque conseiller, semaine après semaine, absences et
 * fermetures, jours fériés du territoire), les créneaux libres, la réservation sans double réservation possible (la
 * base de données l’interdit), les liens signés pour déplacer ou annuler, les fichiers de calendrier, les rappels
 * deux jours avant et l’agenda du conseiller.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Rendez-vous")
package fr.portailcep.rendezvous;
