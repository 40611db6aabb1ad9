package fr.portailcep.mediation;

import org.springframework.stereotype.Component;

import fr.portailcep.beneficiaire.Beneficiaire;
import fr.portailcep.compte.Compte;
import fr.portailcep.shared.Formats;
import fr.portailcep.shared.Textes;
import fr.portailcep.shared.UrlPublique;
import fr.portailcep.shared.courriel.Courriel;
import fr.portailcep.shared.courriel.Courrier;

/**
 * The médiation's courriels, each in the transaction that causes it: the person's acknowledgement, the
 * correspondants told that a referral is admissible, and "a message is waiting" — never what it says.
 */
@Component
class NotificationsMediation {

    private final Courrier courrier;
    private final Textes textes;
    private final UrlPublique url;

    NotificationsMediation(Courrier courrier, Textes textes, UrlPublique url) {
        this.courrier = courrier;
        this.textes = textes;
        this.url = url;
    }

    void accuse(Beneficiaire personne, Saisine saisine) {
        courrier.deposer(Courriel.a(personne.email())
                .sujet(textes.get("courriel.mediation.accuse.sujet"))
                .salutation(salutation(personne.prenom()))
                .paragraphe(textes.get("courriel.mediation.accuse.texte", saisine.numero,
                        Formats.francais().dateLongue(saisine.recueLe)))
                .paragraphe(textes.get("courriel.mediation.accuse.suite"))
                .bouton(textes.get("courriel.mediation.accuse.bouton"), url.lien("/ma-mediation/" + saisine.id))
                .cleIdempotence("saisine-accuse:" + saisine.id));
    }

    void recevable(Compte correspondant, Saisine saisine) {
        courrier.deposer(Courriel.a(correspondant.email())
                .sujet(textes.get("courriel.mediation.recevable.sujet"))
                .salutation(salutation(correspondant.prenom()))
                .paragraphe(textes.get("courriel.mediation.recevable.texte", saisine.numero))
                .bouton(textes.get("courriel.mediation.recevable.bouton"),
                        url.lien("/espace-pro/mediation/" + saisine.id))
                .cleIdempotence("saisine-recevable:" + saisine.id + ":" + correspondant.id()));
    }

    void messagePourPersonne(Beneficiaire personne, Saisine saisine, String cle) {
        courrier.deposer(Courriel.a(personne.email())
                .sujet(textes.get("courriel.mediation.message.sujet"))
                .salutation(salutation(personne.prenom()))
                .paragraphe(textes.get("courriel.mediation.message.texte", saisine.numero))
                .bouton(textes.get("courriel.mediation.message.bouton"), url.lien("/ma-mediation/" + saisine.id))
                .cleIdempotence("saisine-message:" + cle));
    }

    void messagePourCorrespondant(Compte correspondant, Saisine saisine, String cle) {
        courrier.deposer(Courriel.a(correspondant.email())
                .sujet(textes.get("courriel.mediation.message.sujet"))
                .salutation(salutation(correspondant.prenom()))
                .paragraphe(textes.get("courriel.mediation.message.texte", saisine.numero))
                .bouton(textes.get("courriel.mediation.message.bouton"),
                        url.lien("/espace-pro/mediation/" + saisine.id))
                .cleIdempotence("saisine-message:" + cle + ":" + correspondant.id()));
    }

    void messagePourMediateur(Compte mediateur, Saisine saisine, String cle) {
        courrier.deposer(Courriel.a(mediateur.email())
                .sujet(textes.get("courriel.mediation.message.sujet"))
                .salutation(salutation(mediateur.prenom()))
                .paragraphe(textes.get("courriel.mediation.message.texte", saisine.numero))
                .bouton(textes.get("courriel.mediation.message.bouton"),
                        url.lien("/mediation/saisines/" + saisine.id))
                .cleIdempotence("saisine-message:" + cle + ":" + mediateur.id()));
    }

    private String salutation(String prenom) {
        return prenom == null ? textes.get("courriel.bonjour.anonyme") : textes.get("courriel.bonjour", prenom);
    }
}
