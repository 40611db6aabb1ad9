/**
 * Satisfaction : à chaque clôture d’UO1, UO2.1 et UO2.2, deux questions (qualité, utilité) et un commentaire, dans
 * le portail et par courriel en un geste ; un seul rappel ; l’indicateur 8.1 (CCTP §4.1, §4.3).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Satisfaction")
package fr.portailcep.satisfaction;
