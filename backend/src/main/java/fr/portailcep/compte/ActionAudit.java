package fr.portailcep.compte;

/**
 * What the operator's audit journal records (issue 8, finding 7; CCTP annexe 3: traceability of access to personal
 * data). The French label of each is {@code audit.action.<NAME>} in {@code i18n/compte.properties}.
 */
public enum ActionAudit {

    // ---- staff reads of a person's data (one entry per person, kind and few minutes)
    LECTURE_DOSSIER(true),
    LECTURE_FICHE(true),
    LECTURE_PROFIL(true),
    LECTURE_MESSAGES(true),
    LECTURE_PIECE_JOINTE(true),
    /** A list that shows people's names or contact details (open requests, an agenda, a search). */
    LECTURE_LISTE(true),
    /** A réclamation of the person (issue 11): its text, attachments, answer letter. */
    LECTURE_RECLAMATION(true),

    // ---- refusals
    ACCES_REFUSE(false),

    // ---- acts on staff accounts
    INVITATION(false),
    COMPTE_PROFESSIONNEL_CREE(false),
    SITES_MODIFIES(false),
    ACCES_REINITIALISE(false),
    COMPTE_DESACTIVE(false),
    COMPTE_REACTIVE(false),

    // ---- acts on sites
    SITE_CREE(false),
    SITE_MODIFIE(false),
    SITE_DESACTIVE(false),
    SITE_REACTIVE(false),
    SITE_FERME(false),
    SITE_ROUVERT(false),

    /** A manager searched the journal itself. */
    JOURNAL_CONSULTE(false);

    private final boolean lecture;

    ActionAudit(boolean lecture) {
        this.lecture = lecture;
    }

    /** A read of personal data: written in a transaction of its own, once per few minutes for the same person. */
    public boolean lecture() {
        return lecture;
    }
}
