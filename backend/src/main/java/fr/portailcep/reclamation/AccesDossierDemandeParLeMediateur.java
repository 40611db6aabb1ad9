package fr.portailcep.reclamation;

import java.time.Instant;
import java.util.UUID;

/**
 * Published by the médiation feature when the médiateur asks for access to a person's dossier: annexe 2 §3
 * ("Mobilisation du médiateur : existence et date d'une demande d'accès au dossier"). The réclamation it follows
 * (null for a referral recorded by hand with no réclamation in the portal) keeps the date.
 */
public record AccesDossierDemandeParLeMediateur(UUID beneficiaireId, UUID reclamationId, Instant le) {
}
