package fr.portailcep.reclamation.ui;

import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;

import fr.portailcep.messagerie.PieceJointeRefusee;
import fr.portailcep.messagerie.ui.ChampPiecesJointes;
import fr.portailcep.reclamation.MotifReclamation;
import fr.portailcep.reclamation.NouvelleReclamation;
import fr.portailcep.shared.SaisieRefusee;
import fr.portailcep.shared.ui.Formulaire;
import fr.portailcep.shared.ui.Saisie;

/**
 * The réclamation as the person writes it (or as the correspondant copies a letter): the motive from the reference
 * list, what happened, what they expect, and optional attachments checked by their content as soon as they arrive
 * (the same checks as a message's). The page that holds it may bind more fields to {@link #formulaire()} (the
 * person and the date of receipt of a letter) and wires the send button with {@link #soumettre}: each refusal of
 * the server is said beside its field, the attachments' beside the upload, and nothing typed is lost.
 */
class FormulaireReclamation extends Div {

    private final Select<MotifReclamation> motif = new Select<>();
    private final TextArea faits = new TextArea();
    private final TextArea attentes = new TextArea();
    private final ChampPiecesJointes pieces = new ChampPiecesJointes("reclamation.formulaire.pieces");
    private final Formulaire<Object> formulaire = Formulaire.libre();

    FormulaireReclamation(List<MotifReclamation> motifs, String cleMotif, String cleFaits, String cleAttentes) {
        addClassNames("pc-formulaire", "pc-formulaire-reclamation");
        motif.setId("motif");
        motif.setLabel(getTranslation(cleMotif));
        motif.setItems(motifs);
        motif.setItemLabelGenerator(MotifReclamation::libelle);
        motif.setPlaceholder(getTranslation("reclamation.formulaire.motif.choisir"));
        motif.setWidthFull();
        faits.setId("faits");
        faits.setLabel(getTranslation(cleFaits));
        faits.setHelperText(getTranslation("reclamation.formulaire.faits.aide"));
        faits.setMinRows(4);
        // A long text pasted scrolls inside the field rather than stretching the page.
        faits.setMaxHeight("50vh");
        faits.setWidthFull();
        Saisie.limiter(faits, NouvelleReclamation.LONGUEUR_FAITS);
        attentes.setId("attentes");
        attentes.setLabel(getTranslation(cleAttentes));
        attentes.setHelperText(getTranslation("reclamation.formulaire.attentes.aide"));
        attentes.setMinRows(3);
        attentes.setMaxHeight("40vh");
        attentes.setWidthFull();
        Saisie.limiter(attentes, NouvelleReclamation.LONGUEUR_ATTENTES);
        formulaire.obligatoire("motif", motif, "reclamation.formulaire.motif.vide")
                .obligatoire("faits", faits, "reclamation.formulaire.faits.vide")
                .champ("attentes", attentes);

        add(motif, faits, attentes, pieces);
    }

    /** The form, to bind the page's own fields (their refusals are said beside them too). */
    Formulaire<Object> formulaire() {
        return formulaire;
    }

    /** Put above the send button: refusals that name no field. */
    Component erreurs() {
        return formulaire.erreurs();
    }

    /**
     * Wires the send button: checks, then {@code envoi} with the réclamation typed (attachments read only now);
     * a refused attachment leaves the list with its reason beside the upload, every other refusal beside its field.
     * Once filed, the temporary files go.
     */
    void soumettre(Button bouton, Consumer<NouvelleReclamation> envoi) {
        formulaire.soumettre(bouton, rien -> {
            var reclamation = new NouvelleReclamation(motif.getValue() == null ? null : motif.getValue().code(),
                    faits.getValue(), attentes.getValue(), pieces.fichiers());
            try {
                envoi.accept(reclamation);
            } catch (PieceJointeRefusee refus) {
                pieces.refusee(refus);
                return;
            } catch (SaisieRefusee refus) {
                var piece = refus.erreurs().get(PieceJointeRefusee.CHAMP);
                if (piece != null) {
                    pieces.erreur(getTranslation(piece.cle(), piece.argumentsEnTableau()));
                }
                var autres = new java.util.LinkedHashMap<>(refus.erreurs());
                autres.remove(PieceJointeRefusee.CHAMP);
                if (!autres.isEmpty()) {
                    formulaire.montrer(new SaisieRefusee(autres));
                }
                return;
            }
            pieces.envoyes();
        });
    }
}
