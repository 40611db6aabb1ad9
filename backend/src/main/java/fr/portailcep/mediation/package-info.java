/**
 * Médiation : la saisine du médiateur de France compétences en une étape après une réclamation, son espace de
 * travail (recevabilité, dialogue avec le correspondant médiation et avec la personne, accès au dossier limité dans
 * le temps, en lecture seule et journalisé, issue), ce que la personne en voit (CCTP §3.7, annexe 2 §3).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Médiation")
package fr.portailcep.mediation;
