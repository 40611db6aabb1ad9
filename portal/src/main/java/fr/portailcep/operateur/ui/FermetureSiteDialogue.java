package fr.portailcep.operateur.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;

import fr.portailcep.operateur.FermeturesSites;
import fr.portailcep.operateur.Site;
import fr.portailcep.shared.ui.Dates;
import fr.portailcep.shared.ui.Formulaire;
import fr.portailcep.shared.ui.Saisie;

/**
 * Closing a site for a few whole days: no slot offered then; rendez-vous already booked stay (the dialog says how
 * many). The dates are checked by the offer ({@link FermeturesSites.FermetureRefusee} names "du" or "au"), the
 * reason by the text rules; each refusal is said beside its field.
 */
class FermetureSiteDialogue extends Dialog {

    FermetureSiteDialogue(FermeturesSites fermetures, Site site, Consumer<FermeturesSites.FermetureSite> fermee) {
        setHeaderTitle(getTranslation("sites.fermer.titre", site.nom()));
        setWidth("min(36rem, 100vw)");
        var du = Dates.selecteur(getTranslation("sites.fermer.du"));
        du.setId("fermeture-du");
        var au = Dates.selecteur(getTranslation("sites.fermer.au"));
        au.setId("fermeture-au");
        var motif = new TextField(getTranslation("sites.fermer.motif"));
        motif.setId("fermeture-motif");
        motif.setWidthFull();
        motif.setHelperText(getTranslation("sites.fermer.motif.aide"));
        Saisie.limiter(motif, FermeturesSites.LONGUEUR_MOTIF);
        var saisie = Formulaire.libre().champ("du", du).champ("au", au).champ("motif", motif);
        var avertissement = new Paragraph(getTranslation("sites.fermer.texte", fermetures.rendezVousAVenir(site.id())));
        avertissement.setId("fermeture-avertissement");
        var formulaire = new Div(avertissement, du, au, motif, saisie.erreurs());
        formulaire.addClassName("pc-formulaire");
        add(formulaire);
        var annuler = new Button(getTranslation("commun.annuler"), e -> close());
        var confirmer = new Button(getTranslation("sites.fermer.bouton"));
        confirmer.setId("fermer-site");
        confirmer.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saisie.soumettre(confirmer, rien -> {
            var fermeture = fermetures.fermer(site.id(), du.getValue(), au.getValue(), motif.getValue());
            close();
            fermee.accept(fermeture);
        });
        getFooter().add(annuler, confirmer);
    }
}
