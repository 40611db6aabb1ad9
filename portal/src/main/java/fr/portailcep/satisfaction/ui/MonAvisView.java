package fr.portailcep.satisfaction.ui;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import fr.portailcep.satisfaction.Niveau;
import fr.portailcep.satisfaction.ReponseAvis;
import fr.portailcep.satisfaction.SatisfactionService;
import fr.portailcep.satisfaction.VueEnquete;
import fr.portailcep.shared.Formats;
import fr.portailcep.shared.ui.Formulaire;
import fr.portailcep.shared.ui.PortailLayout;
import fr.portailcep.shared.ui.Saisie;

/**
 * The person's survey of one closing, on a phone: the two questions, an optional comment, changeable until the
 * survey closes (7 days after the first answer); then read only.
 */
@Route(value = "mon-avis/:id", layout = PortailLayout.class)
@RolesAllowed("BENEFICIAIRE")
public class MonAvisView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final SatisfactionService satisfaction;
    private final ZoneId zone;

    public MonAvisView(SatisfactionService satisfaction, Clock horloge) {
        this.satisfaction = satisfaction;
        this.zone = horloge.getZone();
        addClassNames("pc-page", "pc-mon-avis");
    }

    static String chemin(UUID enquete) {
        return "mon-avis/" + enquete;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent evenement) {
        Optional<UUID> id;
        try {
            id = evenement.getRouteParameters().get("id").map(UUID::fromString);
        } catch (IllegalArgumentException e) {
            id = Optional.empty();
        }
        if (id.isEmpty()) {
            evenement.rerouteToError(NotFoundException.class);
            return;
        }
        // Someone else's survey is "not found" (shared.Introuvable, shown by DonneeIntrouvableView).
        afficher(satisfaction.monEnquete(id.get()), false);
    }

    private void afficher(VueEnquete e, boolean merci) {
        removeAll();
        add(new H1(getTranslation("monavis.titre")));
        add(new Paragraph(getTranslation("monavis.intro", getTranslation("satisfaction.uo." + e.uo()),
                Formats.francais().dateLongue(e.closeLe()))));
        if (merci) {
            var ok = new Paragraph(getTranslation("monavis.merci"));
            ok.addClassName("pc-avis");
            ok.setId("monavis-merci");
            ok.getElement().setAttribute("role", "status");
            add(ok);
        }
        var definition = new Paragraph(getTranslation("monavis.definition"));
        definition.addClassName("pc-aide");
        add(definition, e.modifiable() ? formulaire(e) : lecture(e));
    }

    private Div formulaire(VueEnquete e) {
        var zoneFormulaire = new Div();
        zoneFormulaire.addClassName("pc-formulaire");
        zoneFormulaire.setId("formulaire-avis");
        var qualite = question("qualite", "satisfaction.question.QUALITE", e.qualite());
        var utilite = question("utilite", "satisfaction.question.UTILITE", e.utilite());
        var commentaire = new TextArea(getTranslation("monavis.commentaire"));
        commentaire.setId("commentaire");
        commentaire.setWidthFull();
        commentaire.setMinRows(3);
        commentaire.setHelperText(getTranslation("monavis.commentaire.aide"));
        Saisie.limiter(commentaire, VueEnquete.LONGUEUR_COMMENTAIRE);
        commentaire.setValue(e.commentaire().orElse(""));
        var formulaire = Formulaire.pour(ReponseAvis.class).champ("qualite", qualite).champ("utilite", utilite)
                .champ("commentaire", commentaire);
        var envoyer = new Button(getTranslation("monavis.envoyer"));
        envoyer.setId("envoyer-avis");
        envoyer.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        formulaire.soumettre(envoyer, r -> afficher(satisfaction.repondre(e.id(), r), true));
        var jusquau = new Paragraph(getTranslation(e.sansReponse() ? "monavis.jusquau.premiere" : "monavis.jusquau",
                Formats.francais().dateLongue(e.ouverteJusquAu().atZone(zone).toLocalDate())));
        jusquau.setId("monavis-jusquau");
        zoneFormulaire.add(qualite, utilite, commentaire, jusquau, formulaire.erreurs(), envoyer);
        return zoneFormulaire;
    }

    private RadioButtonGroup<Niveau> question(String id, String cle, Optional<Niveau> valeur) {
        var groupe = new RadioButtonGroup<Niveau>(getTranslation(cle));
        groupe.setId(id);
        groupe.setItems(Niveau.values());
        groupe.setItemLabelGenerator(n -> getTranslation("satisfaction.niveau." + n));
        groupe.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        groupe.addClassName("pc-avis-question");
        valeur.ifPresent(groupe::setValue);
        return groupe;
    }

    private Div lecture(VueEnquete e) {
        var liste = new DescriptionList();
        liste.setId("monavis-lecture");
        liste.addClassName("pc-chiffres");
        ligne(liste, getTranslation("satisfaction.question.QUALITE"),
                e.qualite().map(n -> getTranslation("satisfaction.niveau." + n)).orElse(getTranslation("monavis.sans")));
        ligne(liste, getTranslation("satisfaction.question.UTILITE"),
                e.utilite().map(n -> getTranslation("satisfaction.niveau." + n)).orElse(getTranslation("monavis.sans")));
        ligne(liste, getTranslation("monavis.commentaire"), e.commentaire().orElse(getTranslation("monavis.sans")));
        var close = new Paragraph(getTranslation("monavis.close"));
        close.addClassName("pc-avis");
        return new Div(liste, close);
    }

    private static void ligne(DescriptionList liste, String terme, String valeur) {
        var bloc = new Div(new DescriptionList.Term(terme), new DescriptionList.Description(valeur));
        bloc.addClassName("pc-chiffre");
        liste.add(bloc);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("monavis.titre") + " – " + getTranslation("portail.nom");
    }
}
