package fr.portailcep.messagerie;

import org.springframework.stereotype.Component;

import fr.portailcep.beneficiaire.Beneficiaire;
import fr.portailcep.compte.Compte;
import fr.portailcep.shared.Textes;
import fr.portailcep.shared.UrlPublique;
import fr.portailcep.shared.courriel.Courriel;
import fr.portailcep.shared.courriel.Courrier;

/**
 * Tells by courriel that a message is waiting, never what it says (a mailbox is not a confidential place). One
 * courriel for the first unread message; the next ones wait until the thread is read.
 */
@Component
class NotificationsMessagerie {

    private final Courrier courrier;
    private final Textes textes;
    private final UrlPublique url;

    NotificationsMessagerie(Courrier courrier, Textes textes, UrlPublique url) {
        this.courrier = courrier;
        this.textes = textes;
        this.url = url;
    }

    void messagePourPersonne(Beneficiaire personne, FilMessages fil, Message message) {
        courrier.deposer(Courriel.a(personne.email())
                .sujet(textes.get("courriel.message.sujet"))
                .salutation(personne.prenom() == null ? textes.get("courriel.bonjour.anonyme")
                        : textes.get("courriel.bonjour", personne.prenom()))
                .paragraphe(textes.get("courriel.message.texte"))
                .bouton(textes.get("courriel.message.bouton"), url.lien("/messages/" + fil.id()))
                .paragraphe(textes.get("courriel.message.confidentiel"))
                .cleIdempotence("message:" + message.id()));
    }

    void messagePourEquipe(Compte destinataire, FilMessages fil, Message message) {
        courrier.deposer(Courriel.a(destinataire.email())
                .sujet(textes.get("courriel.message.equipe.sujet"))
                .salutation(destinataire.prenom() == null ? textes.get("courriel.bonjour.anonyme")
                        : textes.get("courriel.bonjour", destinataire.prenom()))
                .paragraphe(textes.get("courriel.message.equipe.texte"))
                .bouton(textes.get("courriel.message.bouton"), url.lien("/conseiller/messages/" + fil.id()))
                .cleIdempotence("message:" + message.id()));
    }
}
