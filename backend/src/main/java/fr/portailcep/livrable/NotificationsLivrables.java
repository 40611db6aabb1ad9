package fr.portailcep.livrable;

import java.util.UUID;

import org.springframework.stereotype.Component;

import fr.portailcep.beneficiaire.Beneficiaire;
import fr.portailcep.compte.Compte;
import fr.portailcep.shared.Textes;
import fr.portailcep.shared.UrlPublique;
import fr.portailcep.shared.courriel.Courriel;
import fr.portailcep.shared.courriel.Courrier;

/**
 * The courriels of the livrables, dropped in the outbox in the transaction of the change (they leave after the
 * commit), each with an idempotence key. They say what happened and where to look; only the signed copy carries
 * the document itself, as an attachment, to the person it is about.
 */
@Component
class NotificationsLivrables {

    private final Courrier courrier;
    private final Textes textes;
    private final UrlPublique url;

    NotificationsLivrables(Courrier courrier, Textes textes, UrlPublique url) {
        this.courrier = courrier;
        this.textes = textes;
        this.url = url;
    }

    /** A version was submitted: the person is asked to read and sign it. */
    void soumis(Beneficiaire personne, Livrable livrable) {
        var titre = textes.get("livrable.titre." + livrable.type().name());
        courrier.deposer(Courriel.a(personne.email())
                .sujet(textes.get("livrable.courriel.soumis.sujet"))
                .salutation(salutation(personne.prenom()))
                .paragraphe(textes.get("livrable.courriel.soumis.texte", titre))
                .paragraphe(textes.get("livrable.courriel.soumis.suite"))
                .bouton(textes.get("livrable.courriel.soumis.bouton"), lienPersonne(livrable.id()))
                .cleIdempotence("livrable-soumis:" + livrable.id() + ":" + livrable.courante().numero()));
    }

    /** The person commented: their conseiller is told. */
    void commenteParLaPersonne(Compte conseiller, Livrable livrable, UUID commentaire) {
        courrier.deposer(Courriel.a(conseiller.email())
                .sujet(textes.get("livrable.courriel.commentaire.equipe.sujet"))
                .salutation(salutation(conseiller.prenom()))
                .paragraphe(textes.get("livrable.courriel.commentaire.equipe.texte",
                        textes.get("livrable.titre." + livrable.type().name())))
                .bouton(textes.get("livrable.courriel.commentaire.equipe.bouton"),
                        url.lien("/conseiller/dossiers/" + livrable.beneficiaireId()))
                .cleIdempotence("livrable-commentaire:" + commentaire));
    }

    /** The conseiller commented: the person is told. */
    void commenteParLeConseiller(Beneficiaire personne, Livrable livrable, UUID commentaire) {
        courrier.deposer(Courriel.a(personne.email())
                .sujet(textes.get("livrable.courriel.commentaire.sujet"))
                .salutation(salutation(personne.prenom()))
                .paragraphe(textes.get("livrable.courriel.commentaire.texte",
                        textes.get("livrable.titre." + livrable.type().name())))
                .bouton(textes.get("livrable.courriel.commentaire.bouton"), lienPersonne(livrable.id()))
                .cleIdempotence("livrable-commentaire:" + commentaire));
    }

    /** Signed by everyone and sealed: the person gets their copy at once, the sealed PDF attached. */
    void copieSignee(Beneficiaire personne, Livrable livrable, byte[] pdfScelle) {
        var titre = textes.get("livrable.titre." + livrable.type().name());
        courrier.deposer(Courriel.a(personne.email())
                .sujet(textes.get("livrable.courriel.signe.sujet"))
                .salutation(salutation(personne.prenom()))
                .paragraphe(textes.get("livrable.courriel.signe.texte", titre))
                .paragraphe(textes.get("livrable.courriel.signe.garder"))
                .bouton(textes.get("livrable.courriel.signe.bouton"), lienPersonne(livrable.id()))
                .pieceJointe(textes.get("livrable.fichier." + livrable.type().name()) + ".pdf", "application/pdf",
                        pdfScelle)
                .cleIdempotence("livrable-signe:" + livrable.id() + ":" + livrable.courante().numero()));
    }

    private String lienPersonne(UUID livrableId) {
        return url.lien("/mes-documents/" + livrableId);
    }

    private String salutation(String prenom) {
        return prenom == null || prenom.isBlank() ? textes.get("courriel.bonjour.anonyme")
                : textes.get("courriel.bonjour", prenom);
    }
}
