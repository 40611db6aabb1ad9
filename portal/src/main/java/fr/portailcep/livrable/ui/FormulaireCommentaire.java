package fr.portailcep.livrable.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;

import fr.portailcep.livrable.LivrablesService;
import fr.portailcep.livrable.VueLivrable;
import fr.portailcep.shared.ui.Formulaire;
import fr.portailcep.shared.ui.Saisie;

/** A comment on the version read, for the person or the conseiller; the typed text stays when it is refused. */
class FormulaireCommentaire extends Div {

    /** The contract gives no column length yet: the service checks the real one, its refusal shows beside the field. */
    static final int LONGUEUR_COMMENTAIRE = 2000;

    FormulaireCommentaire(VueLivrable livrable, LivrablesService livrables, Consumer<VueLivrable> apres) {
        addClassName("pc-formulaire");
        setId("formulaire-commentaire");
        var texte = new TextArea(getTranslation("livrable.commentaire.champ"));
        texte.setId("commentaire");
        texte.setWidthFull();
        texte.setMinRows(3);
        texte.setHelperText(getTranslation("livrable.commentaire.aide"));
        Livrables.envoyeALaSaisie(Saisie.limiter(texte, LONGUEUR_COMMENTAIRE));
        var formulaire = Formulaire.libre().obligatoire("texte", texte, "livrable.refus.commentaire.vide");
        var envoyer = new Button(getTranslation("livrable.commentaire.envoyer"));
        envoyer.setId("commenter");
        formulaire.soumettre(envoyer, x -> {
            var apresCommentaire = livrables.commenter(livrable.id(), texte.getValue());
            Notification.show(getTranslation("livrable.commentaire.ok"), 4000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            apres.accept(apresCommentaire);
        });
        add(texte, formulaire.erreurs(), envoyer);
    }
}
