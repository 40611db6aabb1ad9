package fr.portailcep.echeance.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.OptionalDouble;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import fr.portailcep.shared.Formats;
import fr.portailcep.echeance.EcheancesService;
import fr.portailcep.echeance.Indicateur84;
import fr.portailcep.shared.ui.Formulaire;
import fr.portailcep.shared.ui.EspaceProLayout;

/**
 * Indicator 8.4: the time from a request to its first exchange (mean, median, 90th percentile, in working days) and
 * the share met within 30 working days, for the requests made in a period.
 */
@Route(value = IndicateurView.CHEMIN, layout = EspaceProLayout.class)
@RolesAllowed("MANAGER")
public class IndicateurView extends Div implements HasDynamicTitle {

    static final String CHEMIN = "espace-pro/indicateur-8-4";

    private final Formulaire<Object> formulaire = Formulaire.libre();
    private final EcheancesService echeances;
    private final DatePicker du = new DatePicker();
    private final DatePicker au = new DatePicker();
    private final Div resultat = new Div();

    public IndicateurView(EcheancesService echeances, Clock horloge) {
        this.echeances = echeances;
        addClassNames("pc-page", "pc-page-large");
        var aujourdhui = LocalDate.now(horloge);
        du.setLabel(getTranslation("indicateur.du"));
        au.setLabel(getTranslation("indicateur.au"));
        du.setLocale(Locale.FRANCE);
        au.setLocale(Locale.FRANCE);
        du.setValue(aujourdhui.withDayOfYear(1).minusYears(aujourdhui.getMonthValue() < 3 ? 1 : 0));
        au.setValue(aujourdhui);
        du.setId("indicateur-du");
        au.setId("indicateur-au");
        formulaire.champ("du", du).champ("au", au);
        var periode = new Div(du, au);
        periode.addClassName("pc-agenda-filtres");
        resultat.setId("indicateur");
        add(new H1(getTranslation("indicateur.titre")), new Paragraph(getTranslation("indicateur.intro")), periode,
                formulaire.erreurs(), resultat);
        du.addValueChangeListener(e -> afficher());
        au.addValueChangeListener(e -> afficher());
        afficher();
    }

    private void afficher() {
        resultat.removeAll();
        formulaire.effacer();
        // The period is checked by the indicator itself (Indicateur84.verifierPeriode), refused beside "au".
        formulaire.executer(() -> montrer(echeances.indicateur84(du.getValue(), au.getValue())));
    }

    private void montrer(Indicateur84 i) {
        var liste = new DescriptionList();
        liste.addClassName("pc-chiffres");
        ajouter(liste, "indicateur.demandes", String.valueOf(i.demandes()));
        ajouter(liste, "indicateur.honorees", String.valueOf(i.honorees()));
        ajouter(liste, "indicateur.encours", String.valueOf(i.enCours()));
        ajouter(liste, "indicateur.retard", String.valueOf(i.enRetardSansEchange()));
        ajouter(liste, "indicateur.moyenne", jours(i.moyenneJoursOuvres()));
        ajouter(liste, "indicateur.mediane", jours(i.medianeJoursOuvres()));
        ajouter(liste, "indicateur.p90", jours(i.percentile90JoursOuvres()));
        ajouter(liste, "indicateur.part", i.partDansLeDelai().isPresent()
                ? Formats.francais().pourcentage(i.partDansLeDelai().getAsDouble())
                : getTranslation("indicateur.sansvaleur"));
        resultat.add(liste);
    }

    private String jours(OptionalDouble valeur) {
        return valeur.isPresent() ? getTranslation("indicateur.jours",
                Formats.francais().nombreDecimal(valeur.getAsDouble())) : getTranslation("indicateur.sansvaleur");
    }

    private void ajouter(DescriptionList liste, String cle, String valeur) {
        var libelle = new DescriptionList.Term(getTranslation(cle));
        libelle.addClassName("pc-chiffre-libelle");
        var chiffre = new DescriptionList.Description(valeur);
        chiffre.addClassName("pc-chiffre-valeur");
        var bloc = new Div(libelle, chiffre);
        bloc.addClassName("pc-chiffre");
        liste.add(bloc);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("indicateur.titre") + " – " + getTranslation("portail.nom");
    }
}
