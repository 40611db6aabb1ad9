package fr.portailcep.signature.ui;

import java.util.UUID;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import fr.portailcep.shared.ui.EspaceProLayout;
import fr.portailcep.shared.ui.Formulaire;
import fr.portailcep.signature.Enrolement;
import fr.portailcep.signature.Enrolements;

/**
 * The conseiller of a held rendez-vous records that they checked the identity document of the person met, for one
 * of the person's passkeys: {@code espace-pro/identite/:id} (the rendez-vous' id). Reached from the rendez-vous
 * once held; each later signature with that passkey carries the check in its evidence.
 */
@Route(value = "espace-pro/identite/:id", layout = EspaceProLayout.class)
@RolesAllowed("CONSEILLER")
public class VerifierIdentiteView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final Enrolements enrolements;
    private final Formulaire<Object> formulaire = Formulaire.libre();
    private final Paragraph etat = new Paragraph();
    private UUID rendezVousId;

    public VerifierIdentiteView(Enrolements enrolements) {
        this.enrolements = enrolements;
        addClassNames("pc-page");
        etat.setId("identite-etat");
        etat.getElement().setAttribute("role", "status");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent evenement) {
        var id = Routes.identifiant(evenement);
        if (id.isEmpty()) {
            evenement.rerouteToError(NotFoundException.class);
            return;
        }
        rendezVousId = id.get();
        afficher();
    }

    private void afficher() {
        removeAll();
        add(new H1(getTranslation("signature.identite.titre")), new Paragraph(getTranslation("signature.identite.intro")),
                etat, formulaire.erreurs());
        var cles = enrolements.clesDeLaPersonne(rendezVousId);
        if (cles.isEmpty()) {
            add(new Paragraph(getTranslation("signature.identite.aucune")));
            return;
        }
        var cle = new RadioButtonGroup<Enrolements.CleDeLaPersonne>(getTranslation("signature.identite.cle"));
        cle.setId("identite-cle");
        cle.setItems(cles);
        cle.setItemLabelGenerator(c -> c.libelle() + " – "
                + getTranslation("signature.identite.niveau." + c.niveau().name().toLowerCase()));
        cle.setValue(cles.getFirst());
        var piece = new Select<Enrolement.PieceIdentite>();
        piece.setLabel(getTranslation("signature.identite.piece"));
        piece.setId("identite-piece");
        piece.setItems(Enrolement.PieceIdentite.values());
        piece.setItemLabelGenerator(p -> getTranslation("signature.identite.piece." + p.name().toLowerCase()));
        piece.setValue(Enrolement.PieceIdentite.CARTE_IDENTITE);
        var valider = new Button(getTranslation("signature.identite.valider"));
        valider.setId("identite-valider");
        valider.addThemeVariants(ButtonVariant.PRIMARY);
        formulaire.champ("credentialId", cle).champ("piece", piece);
        formulaire.soumettre(valider, v -> {
            enrolements.verifierIdentite(rendezVousId, cle.getValue().credentialId(), piece.getValue());
            afficher();
            etat.setText(getTranslation("signature.identite.fait"));
        });
        add(cle, piece, valider);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("signature.identite.page") + " – " + getTranslation("portail.nom");
    }
}
