package fr.portailcep.operateur.ui;

import fr.portailcep.shared.Formats;
import fr.portailcep.shared.ui.Badge;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
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
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import fr.portailcep.operateur.FermeturesSites;
import fr.portailcep.operateur.FicheSite;
import fr.portailcep.operateur.Site;
import fr.portailcep.operateur.SitesService;
import fr.portailcep.shared.SaisieRefusee;
import fr.portailcep.shared.Saisies;
import fr.portailcep.shared.ui.Dates;
import fr.portailcep.shared.ui.EspaceProLayout;
import fr.portailcep.shared.ui.Saisie;

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
        actions.add(bouton("sites.action.modifier", site, () -> ouvrirFiche(site)));
        if (site.actif()) {
            actions.add(bouton("sites.action.fermer", site, () -> fermer(site)));
            var desactiver = bouton("sites.action.desactiver", site, () -> confirmer(site, "sites.action.desactiver",
                    true, () -> sites.desactiver(site.id())));
            desactiver.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(desactiver);
        } else {
            actions.add(bouton("sites.action.reactiver", site, () -> confirmer(site, "sites.action.reactiver", false,
                    () -> sites.activer(site.id()))));
        }
        carte.add(actions);
        return carte;
    }

    /** The form of a site ({@code null}: a new one). A refused field says why beside it; what was typed stays. */
    private void ouvrirFiche(Site site) {
        var dialogue = new Dialog();
        dialogue.setHeaderTitle(site == null ? getTranslation("sites.ajouter.titre")
                : getTranslation("sites.action.modifier.aria", site.nom()));
        dialogue.setWidth("min(40rem, 100vw)");
        var nom = champ("site-nom", "sites.champ.nom", 200, true);
        nom.setHelperText(getTranslation("sites.champ.nom.aide"));
        var adresse = champ("site-adresse", "sites.champ.adresse", 300, true);
        var codePostal = champ("site-code-postal", "sites.champ.codePostal", 10, true);
        codePostal.getElement().setAttribute("inputmode", "numeric");
        codePostal.getElement().setAttribute("autocomplete", "postal-code");
        var commune = champ("site-commune", "sites.champ.commune", 100, true);
        var telephone = champ("site-telephone", "sites.champ.telephone", 30, false);
        telephone.getElement().setAttribute("inputmode", "tel");
        var acces = texte("site-acces", "sites.champ.acces");
        var accessibilite = texte("site-accessibilite", "sites.champ.accessibilite");
        if (site != null) {
            var fiche = FicheSite.de(site);
            nom.setValue(fiche.nom());
            adresse.setValue(fiche.adresse());
            codePostal.setValue(fiche.codePostal());
            commune.setValue(fiche.commune());
            telephone.setValue(fiche.telephone());
            acces.setValue(fiche.acces());
            accessibilite.setValue(fiche.accessibilite());
        }
        var champs = new LinkedHashMap<String, HasValidation>();
        champs.put(FicheSite.CHAMP_NOM, nom);
        champs.put(FicheSite.CHAMP_ADRESSE, adresse);
        champs.put(FicheSite.CHAMP_CODE_POSTAL, codePostal);
        champs.put(FicheSite.CHAMP_COMMUNE, commune);
        champs.put(FicheSite.CHAMP_TELEPHONE, telephone);
        champs.put(FicheSite.CHAMP_ACCES, acces);
        champs.put(FicheSite.CHAMP_ACCESSIBILITE, accessibilite);
        var formulaire = new Div(nom, adresse, codePostal, commune, telephone, acces, accessibilite);
        formulaire.addClassName("pc-formulaire");
        dialogue.add(formulaire);

        var annuler = new Button(getTranslation("commun.annuler"), e -> dialogue.close());
        var enregistrer = new Button(getTranslation("sites.formulaire.enregistrer"));
        enregistrer.setId("enregistrer-site");
        enregistrer.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        enregistrer.addClickListener(e -> {
            var fiche = new FicheSite(nom.getValue(), adresse.getValue(), codePostal.getValue(), commune.getValue(),
                    telephone.getValue(), acces.getValue(), accessibilite.getValue());
            try {
                var enregistre = site == null ? sites.creerSite(fiche) : sites.modifierSite(site.id(), fiche);
                dialogue.close();
                succes(getTranslation(site == null ? "sites.formulaire.cree" : "sites.formulaire.modifie",
                        enregistre.nom()));
                rafraichir();
            } catch (SitesService.SiteRefuse refus) {
                montrerErreurs(champs, refus.erreurs());
            }
        });
        dialogue.getFooter().add(annuler, enregistrer);
        dialogue.open();
    }

    private TextField champ(String id, String cle, int longueur, boolean requis) {
        var champ = new TextField(getTranslation(cle));
        champ.setId(id);
        champ.setWidthFull();
        champ.setMaxLength(longueur);
        champ.setManualValidation(true);
        champ.setRequiredIndicatorVisible(requis);
        if (longueur >= Saisies.LONGUEUR_NOM) {
            Saisie.limiter(champ, longueur);
        }
        return champ;
    }

    private TextArea texte(String id, String cle) {
        var champ = new TextArea(getTranslation(cle));
        champ.setId(id);
        champ.setWidthFull();
        champ.setHelperText(getTranslation(cle + ".aide"));
        Saisie.limiter(champ, FicheSite.LONGUEUR_TEXTE);
        return champ;
    }

    private void montrerErreurs(Map<String, HasValidation> champs, Map<String, String> erreurs) {
        Component premier = null;
        for (var champ : champs.entrySet()) {
            var erreur = erreurs.get(champ.getKey());
            champ.getValue().setErrorMessage(erreur == null ? null : getTranslation(erreur));
            champ.getValue().setInvalid(erreur != null);
            if (erreur != null && premier == null) {
                premier = (Component) champ.getValue();
            }
        }
        if (premier instanceof com.vaadin.flow.component.Focusable<?> focusable) {
            focusable.focus();
        }
    }

    /** Closing a site for a few whole days: no slot offered then; rendez-vous already booked stay. */
    private void fermer(Site site) {
        var dialogue = new Dialog();
        dialogue.setHeaderTitle(getTranslation("sites.fermer.titre", site.nom()));
        dialogue.setWidth("min(36rem, 100vw)");
        var du = Dates.selecteur(getTranslation("sites.fermer.du"));
        du.setId("fermeture-du");
        var au = Dates.selecteur(getTranslation("sites.fermer.au"));
        au.setId("fermeture-au");
        var motif = new TextField(getTranslation("sites.fermer.motif"));
        motif.setId("fermeture-motif");
        motif.setWidthFull();
        motif.setHelperText(getTranslation("sites.fermer.motif.aide"));
        Saisie.limiter(motif, FermeturesSites.LONGUEUR_MOTIF);
        var avertissement = new Paragraph(getTranslation("sites.fermer.texte", fermetures.rendezVousAVenir(site.id())));
        avertissement.setId("fermeture-avertissement");
        var formulaire = new Div(avertissement, du, au, motif);
        formulaire.addClassName("pc-formulaire");
        dialogue.add(formulaire);
        var annuler = new Button(getTranslation("commun.annuler"), e -> dialogue.close());
        var confirmer = new Button(getTranslation("sites.fermer.bouton"));
        confirmer.setId("fermer-site");
        confirmer.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirmer.addClickListener(e -> {
            du.setInvalid(false);
            au.setInvalid(false);
            motif.setInvalid(false);
            try {
                var fermeture = fermetures.fermer(site.id(), du.getValue(), au.getValue(), motif.getValue());
                dialogue.close();
                succes(getTranslation("sites.fermer.fait", site.nom(), Formats.francais().date(fermeture.du()),
                        Formats.francais().date(fermeture.au())) + " "
                        + getTranslation("sites.fermeture.maintenus", fermeture.rendezVousMaintenus()));
                rafraichir();
            } catch (FermeturesSites.FermetureRefusee refus) {
                var champ = "au".equals(refus.champ()) ? au : du;
                champ.setErrorMessage(getTranslation(refus.cleTexte()));
                champ.setInvalid(true);
                champ.focus();
            } catch (SaisieRefusee refus) {
                Saisie.montrer(refus, Map.of("motif", motif));
            }
        });
        dialogue.getFooter().add(annuler, confirmer);
        dialogue.open();
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
            acte.run();
            succes(getTranslation(cle + ".fait", site.nom()));
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
