package fr.portailcep.parcours.ui;

import fr.portailcep.shared.Formats;
import fr.portailcep.shared.ui.Badge;
import java.time.Clock;
import java.time.LocalDate;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import fr.portailcep.parcours.ActionPlan;
import fr.portailcep.parcours.Dossier;
import fr.portailcep.parcours.VueAction;
import fr.portailcep.parcours.VueDossier;
import fr.portailcep.parcours.EtapeParcours;
import fr.portailcep.parcours.MonParcours;
import fr.portailcep.parcours.ParcoursPersonne;
import fr.portailcep.shared.ui.PortailLayout;

/**
 * "Mon parcours" on a phone: where I stand, what comes next, who my référent is and how to reach them, and the
 * timeline of my units of work, rendez-vous, livrables and actions.
 */
@Route(value = "parcours", layout = PortailLayout.class)
@RolesAllowed("BENEFICIAIRE")
public class MonParcoursView extends Div implements HasDynamicTitle {

    public MonParcoursView(ParcoursPersonne parcoursPersonne, Clock horloge) {
        addClassNames("pc-page", "pc-parcours");
        var parcours = parcoursPersonne.monParcours();
        var aujourdhui = LocalDate.now(horloge);
        add(new H1(getTranslation("parcours.titre")));
        if (parcours.dossier().isEmpty()) {
            add(sansDossier());
            return;
        }
        add(ouJEnSuis(parcours.dossier().get()), aVenir(parcours, aujourdhui));
        parcours.contact().ifPresent(c -> add(new CarteContact(c)));
        var frise = new Section(new H2(getTranslation("parcours.frise.titre")),
                new FriseParcours(parcours.etapes(), aujourdhui));
        frise.addClassName("pc-carte");
        add(frise);
    }

    private Section sansDossier() {
        var ecrire = new Anchor("/messages", getTranslation("parcours.sansdossier.ecrire"));
        ecrire.addClassNames("pc-bouton-lien", "pc-bouton-secondaire");
        var carte = new Section(new H2(getTranslation("parcours.sansdossier.titre")),
                new Paragraph(getTranslation("parcours.sansdossier.texte")), ecrire);
        carte.addClassName("pc-carte");
        carte.setId("ou-j-en-suis");
        return carte;
    }

    /** The unit in progress, in plain words, with the date by which it ends. */
    static Section ouJEnSuis(VueDossier dossier) {
        var carte = new Section();
        carte.addClassNames("pc-carte", "pc-ou-j-en-suis");
        carte.setId("ou-j-en-suis");
        carte.add(new H2(carte.getTranslation("parcours.oujensuis.titre")));
        var enCours = dossier.uniteEnCours();
        if (enCours.isPresent()) {
            var unite = enCours.get();
            var nom = new H3(carte.getTranslation("uo.nom." + unite.uo().name()));
            var code = new Badge(unite.uo().libelle(), null);
            code.getElement().setAttribute("title", carte.getTranslation("parcours.oujensuis.code"));
            var entete = new Div(nom, code);
            entete.addClassName("pc-ou-entete");
            carte.add(entete, new Paragraph(carte.getTranslation("uo.explication." + unite.uo().name())),
                    Elements.ligne(carte.getTranslation("parcours.oujensuis.debut"), Formats.francais().date(unite.engageeLe())));
            unite.finDeDelai().ifPresent(fin -> {
                var ligneFin = Elements.ligne(carte.getTranslation("parcours.oujensuis.fin"), Formats.francais().date(fin));
                ligneFin.setId("fin-de-delai");
                carte.add(ligneFin);
            });
            carte.add(Elements.ligne(carte.getTranslation("parcours.oujensuis.numero"), unite.numero().affiche()));
        } else if (dossier.ouvert() && dossier.unites().isEmpty()) {
            // Opened by a first request: nothing engaged yet.
            carte.add(new Paragraph(carte.getTranslation("parcours.oujensuis.demande")));
        } else if (dossier.ouvert()) {
            carte.add(new Paragraph(carte.getTranslation("parcours.oujensuis.entredeux")));
        } else {
            carte.add(new Paragraph(carte.getTranslation("parcours.oujensuis.clos")));
        }
        return carte;
    }

    private Section aVenir(MonParcours parcours, LocalDate aujourdhui) {
        var carte = new Section(new H2(getTranslation("parcours.avenir.titre")));
        carte.addClassName("pc-carte");
        carte.setId("a-venir");
        parcours.etapes().stream()
                .filter(e -> !e.date().isBefore(aujourdhui) && (e.nature() == EtapeParcours.NatureEtape.RENDEZ_VOUS
                        || e.nature() == EtapeParcours.NatureEtape.LIVRABLE
                        || e.nature() == EtapeParcours.NatureEtape.FIN_UNITE))
                .findFirst().ifPresent(e -> {
                    var prochaine = new Paragraph();
                    prochaine.addClassName("pc-prochaine");
                    var date = new Span(Formats.francais().date(e.date()) + " – ");
                    date.addClassName("pc-frise-date");
                    prochaine.add(date, new Span(Elements.texte(this, e.titre())));
                    carte.add(prochaine);
                });
        if (parcours.prochainesActions().isEmpty()) {
            carte.add(new Paragraph(getTranslation("parcours.avenir.aucune")));
        } else {
            carte.add(new Paragraph(getTranslation("parcours.avenir.actions")));
            var liste = new UnorderedList();
            liste.addClassName("pc-liste-objets");
            for (VueAction action : parcours.prochainesActions()) {
                var titre = new Anchor("/parcours/actions/" + action.id(), action.intitule());
                titre.addClassName("pc-objet-titre");
                var details = new Span(action.echeance()
                        .map(d -> getTranslation(action.enRetard() ? "plan.echeance.depassee"
                                : "plan.echeance", Formats.francais().date(d)))
                        .orElse(getTranslation("plan.echeance.aucune")));
                details.addClassName("pc-objet-details");
                var item = new ListItem(new Div(titre, details));
                item.addClassName("pc-objet");
                liste.add(item);
            }
            carte.add(liste);
        }
        var plan = new Anchor("/parcours/plan", getTranslation("parcours.avenir.plan"));
        plan.addClassNames("pc-bouton-lien", "pc-bouton-secondaire");
        plan.setId("voir-plan");
        carte.add(plan);
        return carte;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("parcours.titre") + " – " + getTranslation("portail.nom");
    }
}
