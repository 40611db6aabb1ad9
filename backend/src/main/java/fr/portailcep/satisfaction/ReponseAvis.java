package fr.portailcep.satisfaction;

/**
 * The portal's answer to a survey: either answer may stay empty, the comment is optional.
 */
public record ReponseAvis(Niveau qualite, Niveau utilite, String commentaire) {
}
