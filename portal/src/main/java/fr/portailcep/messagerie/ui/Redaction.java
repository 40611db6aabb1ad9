package fr.portailcep.messagerie.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import fr.portailcep.messagerie.FichierEnvoye;
import fr.portailcep.messagerie.FilMessages;
import fr.portailcep.messagerie.PieceJointeRefusee;
import fr.portailcep.shared.ui.Formulaire;
import fr.portailcep.shared.ui.Saisie;

/**
 * Writing a message: the text, attachments (PDF, JPEG, PNG, 5 Mo at most, checked by their content as soon as they
 * arrive), and the send button. Whether the message may be sent is the server's rule
 * ({@code messagerie.Message.exigerEnvoyable}); each refusal is said beside its field (the subject, the text, the
 * attachments), and what was typed stays. The button is disabled while the server works: a double click sends once.
 * Documents waiting to be sent are kept in temporary files, 5 at most and 10 Mo in all ({@link PiecesEnAttente}),
 * deleted when sent, removed, or when the page is left.
 */
class Redaction extends Div {

    /** Sends the message; throws the service's refusals. */
    interface Envoi {
        void envoyer(String sujet, String texte, List<FichierEnvoye> fichiers);
    }

    private final TextField sujet = new TextField();
    private final TextArea texte = new TextArea();
    private final ChampPiecesJointes pieces = new ChampPiecesJointes("messagerie.redaction.pieces");
    private final Formulaire<Object> formulaire = Formulaire.libre();

    Redaction(boolean avecSujet, String libelleTexte, Envoi envoi, Runnable apresEnvoi) {
        addClassNames("pc-redaction", "pc-formulaire");
        setId("redaction");
        if (avecSujet) {
            sujet.setLabel(getTranslation("messagerie.redaction.sujet"));
            sujet.setHelperText(getTranslation("messagerie.redaction.sujet.aide"));
            sujet.setId("sujet-message");
            Saisie.limiter(sujet, FilMessages.LONGUEUR_SUJET);
            sujet.setWidthFull();
            formulaire.champ("sujet", sujet);
            add(sujet);
        }
        texte.setLabel(libelleTexte);
        texte.setId("texte-message");
        texte.setWidthFull();
        texte.setMinRows(4);
        Saisie.limiter(texte, FilMessages.LONGUEUR_MAX);
        formulaire.champ("texte", texte);
        add(texte);

        add(pieces);

        var envoyer = new Button(getTranslation("messagerie.redaction.envoyer"), VaadinIcon.PAPERPLANE.create());
        envoyer.setId("envoyer-message");
        envoyer.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        envoyer.setWidthFull();
        formulaire.soumettre(envoyer, rien -> {
            try {
                envoi.envoyer(sujet.getValue(), texte.getValue(), pieces.fichiers());
            } catch (PieceJointeRefusee refus) {
                // The refused file leaves the list; the reason is said where the files are.
                pieces.refusee(refus);
                return;
            }
            texte.clear();
            sujet.clear();
            formulaire.effacer();
            pieces.envoyes();
            apresEnvoi.run();
        });
        add(formulaire.erreurs());
        add(envoyer);
    }
}
