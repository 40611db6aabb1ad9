package fr.portailcep.parcours;

import java.util.Optional;

import org.springframework.stereotype.Component;

import fr.portailcep.beneficiaire.Beneficiaire;
import fr.portailcep.compte.Compte;
import fr.portailcep.shared.Formats;
import fr.portailcep.shared.Textes;
import fr.portailcep.shared.UrlPublique;
import fr.portailcep.shared.courriel.Courriel;
import fr.portailcep.shared.courriel.Courrier;

/**
 * The courriels of the parcours, dropped in the outbox in the transaction of the change. Each has an idempotence
 * key: a job that runs twice never writes twice. They say what happened and where to look, never the content of
 * the dossier.
 */
@Component
class NotificationsParcours {

    private final Courrier courrier;
    private final Textes textes;
    private final UrlPublique url;

    NotificationsParcours(Courrier courrier, Textes textes, UrlPublique url) {
        this.courrier = courrier;
        this.textes = textes;
        this.url = url;
    }

    /** A unit closed as abandon: the person is told they may ask again; the référent is told too. */
    void abandon(Optional<Beneficiaire> personne, Optional<Compte> referent, UniteOeuvreEngagee unite) {
        var nom = textes.get("uo.nom." + unite.uo().name());
        var fin = Formats.francais().date(unite.finDeDelai().orElseThrow());
        personne.ifPresent(p -> courrier.deposer(Courriel.a(p.email())
                .sujet(textes.get("courriel.abandon.sujet"))
                .salutation(salutation(p.prenom()))
                .paragraphe(textes.get("courriel.abandon.texte", nom, Formats.francais().date(unite.engageeLe()), fin))
                .paragraphe(textes.get("courriel.abandon.reprendre"))
                .bouton(textes.get("courriel.abandon.bouton"), url.lien("/parcours"))
                .cleIdempotence("abandon:" + unite.id() + ":personne")));
        referent.ifPresent(r -> courrier.deposer(Courriel.a(r.email())
                .sujet(textes.get("courriel.abandon.equipe.sujet", unite.numero().affiche()))
                .salutation(salutation(r.prenom()))
                .paragraphe(textes.get("courriel.abandon.equipe.texte", unite.uo().libelle(),
                        unite.numero().affiche(), fin))
                .bouton(textes.get("courriel.abandon.equipe.bouton"), url.lien("/conseiller/dossiers"))
                .cleIdempotence("abandon:" + unite.id() + ":referent")));
    }

    /** An action of the plan is overdue: one reminder per due date, without saying which action. */
    void relance(Beneficiaire personne, ActionPlan action) {
        courrier.deposer(Courriel.a(personne.email())
                .sujet(textes.get("courriel.relance.sujet"))
                .salutation(salutation(personne.prenom()))
                .paragraphe(textes.get("courriel.relance.texte", Formats.francais().date(action.echeance().orElseThrow())))
                .paragraphe(textes.get("courriel.relance.doute"))
                .bouton(textes.get("courriel.relance.bouton"), url.lien("/parcours/plan"))
                .cleIdempotence("relance-action:" + action.id() + ":" + action.echeance().orElseThrow()));
    }

    private String salutation(String prenom) {
        return prenom == null || prenom.isBlank() ? textes.get("courriel.bonjour.anonyme")
                : textes.get("courriel.bonjour", prenom);
    }
}
