package fr.portailcep.mediation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A referral as a screen shows it, for who looks ({@link Regard}): the person sees their thread and when the
 * médiateur read their dossier; the correspondant sees their thread only, not what the person wrote to the
 * médiateur; the médiateur sees both threads. {@code actes} is what the viewer may do next; a view renders it and
 * nothing else.
 *
 * @param filPersonne the thread médiateur ↔ person (empty for the correspondant)
 * @param filCorrespondant the thread médiateur ↔ correspondant (empty for the person)
 * @param consultations when the médiateur read the dossier, the latest first (empty for the correspondant)
 */
public record VueSaisine(UUID id, String numero, UUID beneficiaireId, String personne, OrigineSaisine origine,
        LocalDate recueLe, Instant enregistreeLe, UUID reclamationId, String reclamation, String reponseOperateur,
        String demande, EtatSaisine etat, String mediateur, String motifRecevabilite, Instant statueeLe,
        Instant accesDemandeLe, Instant accesJusquAu, IssueSaisine issue, String issueTexte, Instant issueLe,
        Instant closeLe, List<Message> filPersonne, List<Message> filCorrespondant, List<Instant> consultations,
        Set<ActeSaisine> actes) {

    /** One message of a thread. */
    public record Message(Instant le, String auteur, boolean duMediateur, String texte) {
    }
}
