package fr.portailcep.reclamation.ui;

import java.time.Clock;
import java.time.LocalDate;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import fr.portailcep.beneficiaire.BeneficiaireService;
import fr.portailcep.beneficiaire.PersonneTrouvee;
import fr.portailcep.reclamation.CanalReclamation;
import fr.portailcep.reclamation.ReclamationRecue;
import fr.portailcep.reclamation.ReclamationsService;
import fr.portailcep.shared.ui.Dates;
import fr.portailcep.shared.ui.EspaceProLayout;

/**
 * A réclamation received by letter or email, recorded by the correspondant with its date of receipt: the clocks
 * start from that date, not from today. The person is found by name or address among those the manager may see.
 */
@Route(value = CourrierReclamationView.CHEMIN, layout = EspaceProLayout.class)
@RolesAllowed("MANAGER")
public class CourrierReclamationView extends Div implements HasDynamicTitle {

    static final String CHEMIN = "espace-pro/reclamations/courrier";

    public CourrierReclamationView(ReclamationsService reclamations, BeneficiaireService beneficiaires, Clock horloge) {
        addClassNames("pc-page", "pc-courrier-reclamation");
        var retour = new Anchor("/" + BureauReclamationsView.CHEMIN, getTranslation("reclamation.retour.bureau"));
        retour.addClassName("pc-lien");

        var personne = new ComboBox<PersonneTrouvee>(getTranslation("reclamation.courrier.personne"));
        personne.setId("personne");
        personne.setHelperText(getTranslation("reclamation.courrier.personne.aide"));
        personne.setItemLabelGenerator(p -> p.nomAffiche() + " – " + p.email());
        personne.setItems(requete -> beneficiaires.rechercher(requete.getFilter().orElse("")).stream()
                .skip(requete.getOffset()).limit(requete.getLimit()));
        personne.setWidthFull();
        var canal = new Select<CanalReclamation>();
        canal.setId("canal");
        canal.setLabel(getTranslation("reclamation.courrier.canal"));
        canal.setItems(CanalReclamation.COURRIER, CanalReclamation.COURRIEL);
        canal.setItemLabelGenerator(c -> getTranslation("reclamation.courrier.canal." + c.name()));
        canal.setValue(CanalReclamation.COURRIER);
        canal.setWidthFull();
        var recueLe = Dates.selecteur(getTranslation("reclamation.courrier.recue"));
        recueLe.setId("recue-le");
        recueLe.setHelperText(getTranslation("reclamation.courrier.recue.aide"));
        recueLe.setMax(LocalDate.now(horloge));
        recueLe.setWidthFull();

        var formulaire = new FormulaireReclamation(reclamations.motifs(), "reclamation.courrier.motif",
                "reclamation.courrier.faits",
                "reclamation.courrier.attentes");
        formulaire.setId("formulaire-reclamation");
        formulaire.formulaire().obligatoire("beneficiaireId", personne, "reclamation.courrier.personne.vide")
                .obligatoire("canal", canal, "reclamation.courrier.canal.vide")
                .obligatoire("recueLe", recueLe, "reclamation.courrier.recue.vide");
        formulaire.addComponentAsFirst(recueLe);
        formulaire.addComponentAsFirst(canal);
        formulaire.addComponentAsFirst(personne);
        var enregistrer = new Button(getTranslation("reclamation.courrier.enregistrer"));
        enregistrer.setId("enregistrer-reclamation");
        enregistrer.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        formulaire.soumettre(enregistrer, nouvelle -> {
            var vue = reclamations.enregistrer(new ReclamationRecue(personne.getValue().id(), canal.getValue(),
                    recueLe.getValue(), nouvelle));
            getUI().ifPresent(ui -> ui.navigate(BureauReclamationsView.CHEMIN + "/" + vue.id()));
        });
        var carte = new Section(formulaire, formulaire.erreurs(), enregistrer);
        carte.addClassName("pc-carte");
        add(retour, new H1(getTranslation("reclamation.courrier.titre")),
                new Paragraph(getTranslation("reclamation.courrier.intro")), carte);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reclamation.courrier.titre") + " – " + getTranslation("portail.nom");
    }
}
