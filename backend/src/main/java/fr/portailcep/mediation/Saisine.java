package fr.portailcep.mediation;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/**
 * A referral to the médiateur of France compétences (saisine), the aggregate of the médiation: each change of state
 * is a method here that checks it is allowed, and {@link #actesPossibles} says what may happen next for who looks.
 * The access to the dossier is read-only, limited to this person and open from its request for a limited time.
 */
class Saisine {

    public static final int LONGUEUR_DEMANDE = 4000;
    public static final int LONGUEUR_MOTIF = 1000;
    public static final int LONGUEUR_ISSUE = 4000;

    final UUID id;
    final String numero;
    final UUID beneficiaireId;
    final UUID reclamationId;
    final OrigineSaisine origine;
    final LocalDate recueLe;
    final Instant enregistreeLe;
    final UUID enregistreePar;
    final String reclamationResume;
    final String reponseOperateur;
    final String demande;
    EtatSaisine etat;
    UUID mediateurId;
    String motifRecevabilite;
    Instant statueeLe;
    Instant accesDemandeLe;
    Instant accesJusquAu;
    IssueSaisine issue;
    String issueTexte;
    Instant issueLe;
    Instant closeLe;
    long version;

    Saisine(UUID id, String numero, UUID beneficiaireId, UUID reclamationId, OrigineSaisine origine, LocalDate recueLe,
            Instant enregistreeLe, UUID enregistreePar, String reclamationResume, String reponseOperateur,
            String demande) {
        this.id = id;
        this.numero = numero;
        this.beneficiaireId = beneficiaireId;
        this.reclamationId = reclamationId;
        this.origine = origine;
        this.recueLe = recueLe;
        this.enregistreeLe = enregistreeLe;
        this.enregistreePar = enregistreePar;
        this.reclamationResume = reclamationResume;
        this.reponseOperateur = reponseOperateur;
        this.demande = demande;
        this.etat = EtatSaisine.RECUE;
    }

    /** What this person may do next (the médiateur in charge, or any médiateur before someone took it). */
    Set<ActeSaisine> actesPossibles(Regard regard, UUID compteId, Instant maintenant) {
        var actes = EnumSet.noneOf(ActeSaisine.class);
        switch (regard) {
            case PERSONNE -> {
                if (etat == EtatSaisine.RECUE || etat == EtatSaisine.RECEVABLE) {
                    actes.add(ActeSaisine.ECRIRE_MEDIATEUR);
                }
            }
            case CORRESPONDANT -> {
                if (etat == EtatSaisine.RECEVABLE) {
                    actes.add(ActeSaisine.ECRIRE_MEDIATEUR);
                }
            }
            case MEDIATEUR -> {
                if (mediateurId != null && !mediateurId.equals(compteId)) {
                    break;
                }
                if (etat == EtatSaisine.RECUE) {
                    actes.add(ActeSaisine.STATUER);
                    actes.add(ActeSaisine.ECRIRE_PERSONNE);
                }
                if (etat == EtatSaisine.RECEVABLE) {
                    actes.add(accesOuvert(compteId, maintenant) ? ActeSaisine.LIRE_DOSSIER : ActeSaisine.DEMANDER_ACCES);
                    actes.add(ActeSaisine.ECRIRE_PERSONNE);
                    actes.add(ActeSaisine.ECRIRE_CORRESPONDANT);
                    actes.add(issue == null ? ActeSaisine.ENREGISTRER_ISSUE : ActeSaisine.CLORE);
                }
            }
        }
        return actes;
    }

    /** Whether this médiateur may read the dossier now: admissible, theirs, access requested and not expired. */
    boolean accesOuvert(UUID compteId, Instant maintenant) {
        return etat == EtatSaisine.RECEVABLE && compteId != null && compteId.equals(mediateurId)
                && accesDemandeLe != null && !maintenant.isBefore(accesDemandeLe) && maintenant.isBefore(accesJusquAu);
    }

    void statuer(UUID mediateur, boolean recevable, String motif, Instant maintenant) {
        exiger(mediateur, ActeSaisine.STATUER, maintenant);
        if (motif == null || motif.isEmpty()) {
            throw new SaisineRefusee("motif", "mediation.refus.motif.vide");
        }
        this.mediateurId = mediateur;
        this.motifRecevabilite = motif;
        this.statueeLe = maintenant;
        if (recevable) {
            this.etat = EtatSaisine.RECEVABLE;
        } else {
            this.etat = EtatSaisine.IRRECEVABLE;
            this.closeLe = maintenant;
        }
    }

    void demanderAcces(UUID mediateur, Instant maintenant, Duration duree) {
        exiger(mediateur, ActeSaisine.DEMANDER_ACCES, maintenant);
        this.accesDemandeLe = maintenant;
        this.accesJusquAu = maintenant.plus(duree);
    }

    void enregistrerIssue(UUID mediateur, IssueSaisine issue, String texte, Instant maintenant) {
        exiger(mediateur, ActeSaisine.ENREGISTRER_ISSUE, maintenant);
        if (issue == null) {
            throw new SaisineRefusee("issue", "mediation.refus.issue.vide");
        }
        this.issue = issue;
        this.issueTexte = texte;
        this.issueLe = maintenant;
    }

    void clore(UUID mediateur, Instant maintenant) {
        exiger(mediateur, ActeSaisine.CLORE, maintenant);
        this.etat = EtatSaisine.CLOSE;
        this.closeLe = maintenant;
        // The access ends with the médiation.
        if (accesJusquAu != null && accesJusquAu.isAfter(maintenant)) {
            this.accesJusquAu = maintenant;
        }
    }

    void exiger(UUID compteId, ActeSaisine acte, Instant maintenant) {
        exiger(Regard.MEDIATEUR, compteId, acte, maintenant);
    }

    void exiger(Regard regard, UUID compteId, ActeSaisine acte, Instant maintenant) {
        if (!actesPossibles(regard, compteId, maintenant).contains(acte)) {
            throw new SaisineRefusee("mediation.refus.acte." + acte.name());
        }
    }
}
