package fr.portailcep.operateur.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import fr.portailcep.operateur.FicheSite;
import fr.portailcep.operateur.Site;
import fr.portailcep.operateur.SitesService;
import fr.portailcep.shared.Saisies;
import fr.portailcep.shared.ui.Formulaire;
import fr.portailcep.shared.ui.Saisie;

/**
 * The fiche of a site, new ({@code site} null) or to correct: each field bound to the {@link FicheSite} component of
 * its name, so that a refusal of the server ({@link SitesService.SiteRefuse}) is said beside its field and what was
 * typed stays.
 */
class FicheSiteDialogue extends Dialog {

    private final TextField nom = champ("site-nom", "sites.champ.nom", 200, true);
    private final TextField adresse = champ("site-adresse", "sites.champ.adresse", 300, true);
    private final TextField codePostal = champ("site-code-postal", "sites.champ.codePostal", 10, true);
    private final TextField commune = champ("site-commune", "sites.champ.commune", 100, true);
    private final TextField telephone = champ("site-telephone", "sites.champ.telephone", 30, false);
    private final TextArea acces = texte("site-acces", "sites.champ.acces");
    private final TextArea accessibilite = texte("site-accessibilite", "sites.champ.accessibilite");

    /** @param enregistre told the site saved, once the dialog is closed */
    FicheSiteDialogue(SitesService sites, Site site, Consumer<Site> enregistre) {
        setHeaderTitle(site == null ? getTranslation("sites.ajouter.titre")
                : getTranslation("sites.action.modifier.aria", site.nom()));
        setWidth("min(40rem, 100vw)");
        nom.setHelperText(getTranslation("sites.champ.nom.aide"));
        codePostal.getElement().setAttribute("inputmode", "numeric");
        codePostal.getElement().setAttribute("autocomplete", "postal-code");
        telephone.getElement().setAttribute("inputmode", "tel");
        var fiche = Formulaire.pour(FicheSite.class)
                .champ(FicheSite.CHAMP_NOM, nom)
                .champ(FicheSite.CHAMP_ADRESSE, adresse)
                .champ(FicheSite.CHAMP_CODE_POSTAL, codePostal)
                .champ(FicheSite.CHAMP_COMMUNE, commune)
                .champ(FicheSite.CHAMP_TELEPHONE, telephone)
                .champ(FicheSite.CHAMP_ACCES, acces)
                .champ(FicheSite.CHAMP_ACCESSIBILITE, accessibilite);
        if (site != null) {
            var actuelle = FicheSite.de(site);
            nom.setValue(actuelle.nom());
            adresse.setValue(actuelle.adresse());
            codePostal.setValue(actuelle.codePostal());
            commune.setValue(actuelle.commune());
            telephone.setValue(actuelle.telephone());
            acces.setValue(actuelle.acces());
            accessibilite.setValue(actuelle.accessibilite());
        }
        var formulaire = new Div(nom, adresse, codePostal, commune, telephone, acces, accessibilite, fiche.erreurs());
        formulaire.addClassName("pc-formulaire");
        add(formulaire);

        var annuler = new Button(getTranslation("commun.annuler"), e -> close());
        var enregistrer = new Button(getTranslation("sites.formulaire.enregistrer"));
        enregistrer.setId("enregistrer-site");
        enregistrer.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        fiche.soumettre(enregistrer, saisie -> {
            var resultat = site == null ? sites.creerSite(saisie) : sites.modifierSite(site.id(), saisie);
            close();
            enregistre.accept(resultat);
        });
        getFooter().add(annuler, enregistrer);
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
}
