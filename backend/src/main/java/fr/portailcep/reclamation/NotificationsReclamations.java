package fr.portailcep.reclamation;

import org.springframework.stereotype.Component;

import fr.portailcep.beneficiaire.Beneficiaire;
import fr.portailcep.shared.Formats;
import fr.portailcep.shared.Textes;
import fr.portailcep.shared.UrlPublique;
import fr.portailcep.shared.courriel.Courriel;
import fr.portailcep.shared.courriel.Courrier;

/**
 * The courriels of the réclamations to the person, dropped in the outbox in the transaction of the change (they leave
 * after the commit), each with an idempotence key: the acknowledgement (with both due dates), the answer (the PDF
 * letter attached; the answer itself is read in the portal or in the letter).
 */
@Component
class NotificationsReclamations {

    private final Courrier courrier;
    private final Textes textes;
    private final UrlPublique url;

    NotificationsReclamations(Courrier courrier, Textes textes, UrlPublique url) {
        this.courrier = courrier;
        this.textes = textes;
        this.url = url;
    }

    /** Whether the person can be written to (otherwise the acknowledgement is printed and posted). */
    static boolean joignable(Beneficiaire personne) {
        return personne != null && personne.email() != null && !personne.email().isBlank();
    }

    void accuse(Beneficiaire personne, Reclamation r) {
        var f = Formats.francais();
        courrier.deposer(Courriel.a(personne.email())
                .sujet(textes.get("reclamation.courriel.accuse.sujet"))
                .salutation(salutation(personne.prenom()))
                .paragraphe(textes.get("reclamation.courriel.accuse.texte", r.numero(), f.dateLongue(r.recueLe())))
                .paragraphe(textes.get("reclamation.courriel.accuse.delai", f.dateLongue(r.reponseAvant())))
                .bouton(textes.get("reclamation.courriel.bouton"), lien(r))
                .cleIdempotence("reclamation-accuse:" + r.id()));
    }

    void reponse(Beneficiaire personne, Reclamation r, byte[] lettre) {
        courrier.deposer(Courriel.a(personne.email())
                .sujet(textes.get("reclamation.courriel.reponse.sujet"))
                .salutation(salutation(personne.prenom()))
                .paragraphe(textes.get("reclamation.courriel.reponse.texte", r.numero()))
                .paragraphe(textes.get("reclamation.courriel.reponse.avis"))
                .bouton(textes.get("reclamation.courriel.bouton"), lien(r))
                .pieceJointe(LettreReclamation.nomFichier(r.numero()), "application/pdf", lettre)
                .cleIdempotence("reclamation-reponse:" + r.id()));
    }

    private String lien(Reclamation r) {
        return url.lien("/mes-reclamations/" + r.id());
    }

    private String salutation(String prenom) {
        return prenom == null || prenom.isBlank() ? textes.get("courriel.bonjour.anonyme")
                : textes.get("courriel.bonjour", prenom);
    }
}
