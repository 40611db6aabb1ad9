package fr.portailcep.mediation.ui;

import java.time.Clock;
import java.time.LocalDate;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import fr.portailcep.mediation.MediationService;
import fr.portailcep.mediation.OrigineSaisine;
import fr.portailcep.mediation.SaisineRecue;
import fr.portailcep.shared.ui.Dates;
import fr.portailcep.shared.ui.EspaceProLayout;
import fr.portailcep.shared.ui.Formulaire;
import fr.portailcep.shared.ui.Saisie;

/** The médiateur records a referral received by post or through France compétences' form. */
@Route(value = SaisinesView.ROUTE + "/nouvelle", layout = EspaceProLayout.class)
@RolesAllowed("MEDIATEUR")
public class NouvelleSaisineView extends Div implements HasDynamicTitle {

    public NouvelleSaisineView(MediationService mediation, Clock horloge) {
        addClassNames("pc-page", "pc-mediation-page");
        var retour = new Anchor("/" + SaisinesView.ROUTE, getTranslation("mediation.saisie.retour"));
        retour.addClassName("pc-lien");

        var personne = new TextField(getTranslation("mediation.saisie.personne"));
        personne.setId("personne");
        personne.setHelperText(getTranslation("mediation.saisie.personne.aide"));
        personne.setWidthFull();
        Saisie.limiter(personne, SaisineRecue.LONGUEUR_PERSONNE);
        var origine = new RadioButtonGroup<OrigineSaisine>(getTranslation("mediation.saisie.origine"));
        origine.setId("origine");
        origine.setItems(OrigineSaisine.COURRIER, OrigineSaisine.FORMULAIRE_FRANCE_COMPETENCES);
        origine.setItemLabelGenerator(o -> getTranslation("mediation.origine." + o.name()));
        origine.setValue(OrigineSaisine.COURRIER);
        var recueLe = Dates.selecteur(getTranslation("mediation.saisie.recue"));
        recueLe.setId("recueLe");
        recueLe.setMax(LocalDate.now(horloge));
        recueLe.setValue(LocalDate.now(horloge));
        var demande = new TextArea(getTranslation("mediation.saisie.demande"));
        demande.setId("demande");
        demande.setWidthFull();
        demande.setMinRows(6);
        Saisie.limiter(demande, SaisirMediateurView.LONGUEUR_DEMANDE);

        var formulaire = Formulaire.pour(SaisineRecue.class)
                .obligatoire("personne", personne, "mediation.refus.personne.vide")
                .obligatoire("origine", origine, "mediation.refus.origine")
                .obligatoire("recueLe", recueLe, "mediation.refus.recue.vide")
                .obligatoire("demande", demande, "mediation.refus.demande.vide");
        var enregistrer = new Button(getTranslation("mediation.saisie.enregistrer"));
        enregistrer.setId("enregistrer-saisine");
        enregistrer.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        formulaire.soumettre(enregistrer, recue -> {
            var saisine = mediation.enregistrer(recue);
            getUI().ifPresent(ui -> ui.navigate(SaisinesView.ROUTE + "/" + saisine.id()));
        });
        var section = new Section(new Paragraph(getTranslation("mediation.saisie.intro")), personne, origine, recueLe,
                demande, formulaire.erreurs(), enregistrer);
        section.addClassNames("pc-carte", "pc-formulaire");
        add(retour, new H1(getTranslation("mediation.saisie.titre")), section);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mediation.saisie.titre") + " – " + getTranslation("portail.nom");
    }
}
