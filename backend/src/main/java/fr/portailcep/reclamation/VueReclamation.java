package fr.portailcep.reclamation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A réclamation as a screen shows it. For the person: no internal note, no draft. {@code actes} is what the person
 * looking may do next; a view renders it and nothing else.
 *
 * @param accuseAvant the day the acknowledgement is due (receipt + 7 days)
 * @param reponseAvant the day the answer is due (receipt + 45 days): "réponse au plus tard le …"
 * @param brouillon the correspondant's draft of the answer (null for the person)
 * @param reponse the answer sent, or null
 * @param avisSatisfait the person's opinion of the answer, or null
 * @param porteeAuMediateurLe when the person referred it to the médiateur, or null
 * @param saisineId the referral it became (its follow-up: {@code ma-mediation/:id}), or null
 */
public record VueReclamation(UUID id, String numero, UUID beneficiaireId, String personne, String numeroDossier,
        CanalReclamation canal, MotifReclamation motif, String faits, String attentes, LocalDate recueLe,
        LocalDate accuseAvant, Instant accuseLe, LocalDate reponseAvant, String brouillon, Instant reponduLe,
        String reponse, Boolean avisSatisfait, String raisonAvis, EtatReclamation etat, UUID assigneAId,
        String assigneA, List<Piece> pieces, List<Note> notes, List<Etape> historique, Set<ActeReclamation> actes,
        Instant porteeAuMediateurLe, UUID saisineId) {

    /** An attachment (its content through {@code ReclamationsService.piece}). */
    public record Piece(UUID id, String nom, String typeMime, long taille) {
    }

    /** An internal note of the correspondants (never shown to the person). */
    public record Note(Instant le, String auteur, String texte) {
    }

    /** One step of its history ({@code cle} is an i18n key of reclamation.properties, {@code auteur} may be null). */
    public record Etape(Instant le, String cle, String auteur) {
    }
}
