package fr.portailcep.operateur.ui;

import fr.portailcep.shared.Formats;
import fr.portailcep.shared.ui.Badge;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import fr.portailcep.operateur.FermeturesSites;
import fr.portailcep.operateur.Site;
import fr.portailcep.operateur.SitesService;
import fr.portailcep.shared.ActeRefuse;
import fr.portailcep.shared.ui.EspaceProLayout;

/**
 * The manager's sites: correct an address, add a site, close a site for a few days (and reopen it), deactivate a
 * site the operator leaves. Rendez-vous already booked stay; the page says how many before each act.
 */
@Route(value = SitesView.ROUTE, layout = EspaceProLayout.class)
@RolesAllowed("MANAGER")
public class SitesView extends Div implements HasDynamicTitle {

    static final String ROUTE = "pilotage/sites";

    private final SitesService sites;
    private final FermeturesSites fermetures;
    private final Div liste = new Div();

    public SitesView(SitesService sites, FermeturesSites fermetures) {
        this.sites = sites;
        this.fermetures = fermetures;
        addClassName("pc-page");
        liste.setId("sites");
        var ajouter = new Button(getTranslation("sites.ajouter"), e -> ouvrirFiche(null));
        ajouter.setId("ajouter-site");
        ajouter.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var enTete = new Div(ajouter);
        enTete.addClassName("pc-actions");
        enTete.getStyle().set("margin-bottom", "1rem");
        add(new H1(getTranslation("sites.titre")), new Paragraph(getTranslation("sites.intro")), enTete, liste);
        rafraichir();
    }

    private void rafraichir() {
        liste.removeAll();
        var tous = sites.tous();
        if (tous.isEmpty()) {
            liste.add(new Paragraph(getTranslation("sites.aucun")));
            return;
        }
        var aVenir = fermetures.aVenir();
        for (var site : tous) {
            liste.add(carte(site, aVenir.stream().filter(f -> f.siteId().equals(site.id())).toList()));
        }
    }

    private Div carte(Site site, List<FermeturesSites.FermetureSite> fermeturesDuSite) {
        var titre = new H2(site.nom());
        var etat = new Badge(getTranslation(site.actif() ? "sites.site.actif" : "sites.site.inactif"),
                site.actif() ? null : "alerte");
        var carte = new Div(titre, new Paragraph(etat));
        carte.addClassName("pc-carte");
        carte.getElement().setAttribute("data-site", site.nom());
        carte.add(new Paragraph(site.adresseComplete()));
        carte.add(new Paragraph(site.telephone() == null ? getTranslation("sites.site.sans-telephone")
                : getTranslation("sites.site.telephone", site.telephone())));
        if (site.acces() != null) {
            carte.add(new Paragraph(getTranslation("sites.site.acces", site.acces())));
        }
        if (site.accessibilite() != null) {
            carte.add(new Paragraph(getTranslation("sites.site.accessibilite", site.accessibilite())));
        }
        if (!site.actif()) {
            carte.add(new Paragraph(getTranslation("sites.site.inactif.texte")));
        }
        if (!fermeturesDuSite.isEmpty()) {
            var fermees = new UnorderedList();
            fermees.addClassName("pc-liste-objets");
            fermees.addClassName("pc-fermetures");
            for (var f : fermeturesDuSite) {
                var periode = f.du().equals(f.au()) ? getTranslation("sites.fermeture.un-jour", Formats.francais().date(f.du()))
                        : getTranslation("sites.fermeture.periode", Formats.francais().date(f.du()), Formats.francais().date(f.au()));
                var texte = new Span(periode + f.motif().map(m -> " – " + m).orElse(""));
                texte.addClassName("pc-objet-titre");
                var maintenus = new Span(getTranslation("sites.fermeture.maintenus", f.rendezVousMaintenus()));
                maintenus.addClassName("pc-objet-details");
                var rouvrir = new Button(getTranslation("sites.action.rouvrir"), e -> {
                    fermetures.rouvrir(f.id());
                    succes(getTranslation("sites.action.rouvrir.fait", site.nom()));
                    rafraichir();
                });
                rouvrir.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                rouvrir.setAriaLabel(getTranslation("sites.action.rouvrir.aria", site.nom(), periode));
                var element = new ListItem(new Div(texte, maintenus), rouvrir);
                element.addClassName("pc-objet");
                fermees.add(element);
            }
            carte.add(new H3(getTranslation("sites.fermetures.titre")), fermees);
        }
        var actions = new Div();
        actions.addClassName("pc-actions");
        // The site says what can happen to it next; the page renders those acts only.
        for (var acte : site.actesPossibles()) {
            actions.add(switch (acte) {
                case MODIFIER -> bouton("sites.action.modifier", site, () -> ouvrirFiche(site));
                case FERMER -> bouton("sites.action.fermer", site, () -> fermer(site));
                case DESACTIVER -> {
                    var desactiver = bouton("sites.action.desactiver", site, () -> confirmer(site,
                            "sites.action.desactiver", true, () -> sites.desactiver(site.id())));
                    desactiver.addThemeVariants(ButtonVariant.LUMO_ERROR);
                    yield desactiver;
                }
                case REACTIVER -> bouton("sites.action.reactiver", site, () -> confirmer(site,
                        "sites.action.reactiver", false, () -> sites.activer(site.id())));
            });
        }
        carte.add(actions);
        return carte;
    }

    /** The fiche of a site ({@code null}: a new one). */
    private void ouvrirFiche(Site site) {
        new FicheSiteDialogue(sites, site, enregistre -> {
            succes(getTranslation(site == null ? "sites.formulaire.cree" : "sites.formulaire.modifie", enregistre.nom()));
            rafraichir();
        }).open();
    }

    /** Closing a site for a few whole days. */
    private void fermer(Site site) {
        new FermetureSiteDialogue(fermetures, site, fermeture -> {
            succes(getTranslation("sites.fermer.fait", site.nom(), Formats.francais().date(fermeture.du()),
                    Formats.francais().date(fermeture.au())) + " "
                    + getTranslation("sites.fermeture.maintenus", fermeture.rendezVousMaintenus()));
            rafraichir();
        }).open();
    }

    private void confirmer(Site site, String cle, boolean desactiver, Runnable acte) {
        var dialogue = new ConfirmDialog();
        dialogue.setHeader(getTranslation(cle + ".titre", site.nom()));
        dialogue.setText(desactiver ? getTranslation(cle + ".texte", site.nom(), fermetures.rendezVousAVenir(site.id()))
                : getTranslation(cle + ".texte", site.nom()));
        dialogue.setCancelable(true);
        dialogue.setCancelText(getTranslation("commun.annuler"));
        dialogue.setConfirmText(getTranslation(cle));
        dialogue.setConfirmButtonTheme(desactiver ? "error primary" : "primary");
        dialogue.addConfirmListener(e -> {
            try {
                acte.run();
                succes(getTranslation(cle + ".fait", site.nom()));
            } catch (ActeRefuse refus) {
                // Changed meanwhile (another manager): the site says why, the page shows it as it is now.
                Notification.show(getTranslation(refus.cle(), refus.argumentsEnTableau()), 6000,
                        Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
            rafraichir();
        });
        dialogue.open();
    }

    private Button bouton(String cle, Site site, Runnable action) {
        var bouton = new Button(getTranslation(cle), e -> action.run());
        bouton.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        bouton.setAriaLabel(getTranslation(cle + ".aria", site.nom()));
        return bouton;
    }

    private static void succes(String texte) {
        Notification.show(texte, 5000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("sites.titre") + " – " + getTranslation("portail.nom");
    }
}
