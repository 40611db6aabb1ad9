package fr.portailcep.reclamation;

import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The réclamations (CCTP §3.7). The person files and follows their own; the correspondants médiation (the managers)
 * of the person's team — the one access policy, {@code PolitiqueAcces}, each read journaled — record letters,
 * acknowledge, assign, note and answer. A réclamation the caller may not see looks like one that does not exist
 * ({@code Introuvable}). What may happen next is the aggregate's answer ({@link VueReclamation#actes()}).
 * <p>
 * CONTRACT (issue 11): signatures fixed for the screens; the bodies are written by the réclamation backend.
 */
@Service
public class ReclamationsService {

    /** The reference list of motives, in its order (active ones only). */
    @Transactional(readOnly = true)
    public List<MotifReclamation> motifs() {
        throw new UnsupportedOperationException("contrat");
    }

    /**
     * The person signed in files a réclamation: received now, acknowledged at once (email + in the portal), the
     * answer due 45 days later. Refusals: {@code SaisieRefusee} on {@code motif}, {@code faits}, {@code attentes},
     * {@code pieces}.
     */
    @PreAuthorize("hasRole('BENEFICIAIRE')")
    @Transactional
    public VueReclamation deposer(NouvelleReclamation reclamation) {
        throw new UnsupportedOperationException("contrat");
    }

    /** The person signed in: their réclamations, the latest first. */
    @PreAuthorize("hasRole('BENEFICIAIRE')")
    @Transactional(readOnly = true)
    public List<ResumeReclamation> mesReclamations() {
        throw new UnsupportedOperationException("contrat");
    }

    /** The person or a correspondant of their team (journaled). */
    @PreAuthorize("hasAnyRole('BENEFICIAIRE', 'MANAGER')")
    @Transactional(readOnly = true)
    public VueReclamation parId(UUID reclamationId) {
        throw new UnsupportedOperationException("contrat");
    }

    /** An attachment's content (the person or a correspondant of their team, journaled). */
    @PreAuthorize("hasAnyRole('BENEFICIAIRE', 'MANAGER')")
    @Transactional(readOnly = true)
    public byte[] piece(UUID reclamationId, UUID pieceId) {
        throw new UnsupportedOperationException("contrat");
    }

    /** The answer letter, PDF/A with the médiateur mention (once the answer is sent). */
    @PreAuthorize("hasAnyRole('BENEFICIAIRE', 'MANAGER')")
    @Transactional(readOnly = true)
    public byte[] lettreReponse(UUID reclamationId) {
        throw new UnsupportedOperationException("contrat");
    }

    /** The person: whether the answer suits them ({@code raison} required when it does not). */
    @PreAuthorize("hasRole('BENEFICIAIRE')")
    @Transactional
    public VueReclamation donnerAvis(UUID reclamationId, boolean satisfait, String raison) {
        throw new UnsupportedOperationException("contrat");
    }

    // ------------------------------------------------------------------ correspondant médiation's desk

    /** The réclamations of the people the manager may see, open ones first, by next due date. */
    @PreAuthorize("hasRole('MANAGER')")
    @Transactional(readOnly = true)
    public List<ResumeReclamation> bureau() {
        throw new UnsupportedOperationException("contrat");
    }

    /** A letter or email received on {@code recueLe}: recorded, the clocks counted from that date. */
    @PreAuthorize("hasRole('MANAGER')")
    @Transactional
    public VueReclamation enregistrer(ReclamationRecue reclamation) {
        throw new UnsupportedOperationException("contrat");
    }

    /** Sends the acknowledgement (email, in the portal) of a réclamation received by letter or email. */
    @PreAuthorize("hasRole('MANAGER')")
    @Transactional
    public VueReclamation accuserReception(UUID reclamationId) {
        throw new UnsupportedOperationException("contrat");
    }

    /** The correspondants it may be assigned to (managers of the person's team). */
    @PreAuthorize("hasRole('MANAGER')")
    @Transactional(readOnly = true)
    public List<Collegue> collegues(UUID reclamationId) {
        throw new UnsupportedOperationException("contrat");
    }

    @PreAuthorize("hasRole('MANAGER')")
    @Transactional
    public VueReclamation assigner(UUID reclamationId, UUID compteId) {
        throw new UnsupportedOperationException("contrat");
    }

    /** An internal note, never shown to the person. */
    @PreAuthorize("hasRole('MANAGER')")
    @Transactional
    public VueReclamation noter(UUID reclamationId, String note) {
        throw new UnsupportedOperationException("contrat");
    }

    /** Saves the draft of the answer. */
    @PreAuthorize("hasRole('MANAGER')")
    @Transactional
    public VueReclamation enregistrerBrouillon(UUID reclamationId, String reponse) {
        throw new UnsupportedOperationException("contrat");
    }

    /**
     * Sends the answer: by email (with the PDF letter), in the portal, and as a PDF letter to print; the person is
     * then asked whether it suits them.
     */
    @PreAuthorize("hasRole('MANAGER')")
    @Transactional
    public VueReclamation envoyerReponse(UUID reclamationId, String reponse) {
        throw new UnsupportedOperationException("contrat");
    }

    /** Figures for the manager's charts, over the manager's sites (indicator 8.7, motives, answered in time). */
    @PreAuthorize("hasRole('MANAGER')")
    @Transactional(readOnly = true)
    public IndicateursReclamations indicateurs(YearMonth du, YearMonth au) {
        throw new UnsupportedOperationException("contrat");
    }
}
