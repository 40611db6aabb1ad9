package fr.portailcep.rendezvous.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import fr.portailcep.beneficiaire.BeneficiaireService;
import fr.portailcep.echeance.EcheancesService;
import fr.portailcep.rendezvous.GestionRendezVous;
import fr.portailcep.rendezvous.StatutRendezVous;
import fr.portailcep.rendezvous.VueRendezVous;
import fr.portailcep.shared.Formats;
import fr.portailcep.shared.ui.PortailLayout;

/** "Mes rendez-vous": the next ones (move, cancel), the date by which a first exchange is due, the past ones. */
@Route(value = MesRendezVousView.CHEMIN, layout = PortailLayout.class)
@RolesAllowed("BENEFICIAIRE")
public class MesRendezVousView extends Div implements HasDynamicTitle {

    static final String CHEMIN = "mes-rendez-vous";

    public MesRendezVousView(GestionRendezVous gestion, BeneficiaireService beneficiaires,
            EcheancesService echeances) {
        addClassName("pc-page");
        add(new H1(getTranslation("mesrdv.titre")));
        echeances.maDemandeOuverte().ifPresent(d -> {
            var echeance = new Paragraph(getTranslation("creneaux.echeance", Formats.francais().dateLongue(d.dateLimite())));
            echeance.setId("echeance");
            echeance.addClassNames("pc-avis", "pc-echeance");
            add(echeance);
        });
        var tous = gestion.mesRendezVous();
        var aVenir = tous.stream().filter(v -> v.rendezVous().statut() == StatutRendezVous.RESERVE
                && v.annulable()).toList().reversed();
        var passes = tous.stream().filter(v -> !aVenir.contains(v)).toList();

        add(new H2(getTranslation("mesrdv.avenir")));
        if (aVenir.isEmpty()) {
            var prendre = new Anchor("/rendez-vous", getTranslation("mesrdv.prendre"));
            prendre.setId("prendre-rendez-vous");
            prendre.addClassNames("pc-bouton-lien", "pc-bouton-principal");
            add(new Paragraph(getTranslation("mesrdv.aucun")), new Paragraph(prendre));
        }
        for (var vue : aVenir) {
            var carte = new Recapitulatif(vue);
            carte.addClassName("pc-rdv-a-venir");
            // The personal link's page is HTML-first (rendezvous.web.GererPage): a full page load, not a Vaadin
            // navigation. The link is made fresh at the tap, not for every card shown.
            var gerer = new Button(getTranslation("mesrdv.gerer"), e -> UI.getCurrent().getPage().setLocation(
                    gestion.cheminPourMoi(vue.rendezVous().id())));
            gerer.addThemeVariants(ButtonVariant.LUMO_LARGE);
            gerer.setWidthFull();
            gerer.setId("gerer-" + vue.rendezVous().id());
            carte.add(gerer);
            add(carte);
        }
        if (!passes.isEmpty()) {
            add(new H2(getTranslation("mesrdv.passes")));
            passes.forEach(v -> add(passe(v)));
        }
    }

    private Div passe(VueRendezVous vue) {
        var carte = new Recapitulatif(vue);
        var statut = new Span(getTranslation("mesrdv.statut." + vue.rendezVous().statut().name()));
        statut.addClassNames("pc-badge", "pc-badge-neutre");
        carte.addComponentAsFirst(statut);
        return carte;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mesrdv.titre") + " – " + getTranslation("portail.nom");
    }
}
