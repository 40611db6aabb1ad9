package fr.portailcep.reclamation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import fr.portailcep.reclamation.ReclamationsService;
import fr.portailcep.shared.ui.PortailLayout;

/**
 * Filing a réclamation in two minutes on a phone. Once filed, the person lands on it: the acknowledgement and the
 * two dates are there at once.
 */
@Route(value = NouvelleReclamationView.CHEMIN, layout = PortailLayout.class)
@RolesAllowed("BENEFICIAIRE")
public class NouvelleReclamationView extends Div implements HasDynamicTitle {

    static final String CHEMIN = "mes-reclamations/nouvelle";

    public NouvelleReclamationView(ReclamationsService reclamations) {
        addClassNames("pc-page", "pc-nouvelle-reclamation");
        var retour = new Anchor("/" + MesReclamationsView.CHEMIN, getTranslation("reclamation.retour.liste"));
        retour.addClassName("pc-lien");
        var intro = new Paragraph(getTranslation("reclamation.nouvelle.intro"));
        intro.addClassName("pc-intro");
        var formulaire = new FormulaireReclamation(reclamations.motifs(), "reclamation.formulaire.motif",
                "reclamation.formulaire.faits",
                "reclamation.formulaire.attentes");
        formulaire.setId("formulaire-reclamation");
        var envoyer = new Button(getTranslation("reclamation.nouvelle.envoyer"), VaadinIcon.PAPERPLANE.create());
        envoyer.setId("envoyer-reclamation");
        envoyer.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        envoyer.setWidthFull();
        formulaire.soumettre(envoyer, nouvelle -> {
            var vue = reclamations.deposer(nouvelle);
            getUI().ifPresent(ui -> ui.navigate(MesReclamationsView.CHEMIN + "/" + vue.id(),
                    QueryParameters.of("deposee", "1")));
        });
        var carte = new Section(formulaire, formulaire.erreurs(), envoyer);
        carte.addClassName("pc-carte");
        add(retour, new H1(getTranslation("reclamation.nouvelle.titre")), intro, carte);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reclamation.nouvelle.titre") + " – " + getTranslation("portail.nom");
    }
}
