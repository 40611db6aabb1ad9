package fr.portailcep.mediation;

/** How a referral reached the médiateur: from a réclamation in the portal, by post, or by France compétences' form. */
public enum OrigineSaisine {
    PORTAIL, COURRIER, FORMULAIRE_FRANCE_COMPETENCES
}
