package fr.portailcep.rendezvous.ui;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import fr.portailcep.compte.Compte;
import fr.portailcep.operateur.Site;
import fr.portailcep.rendezvous.AgendaService;
import fr.portailcep.rendezvous.Fermeture;
import fr.portailcep.rendezvous.Modalite;
import fr.portailcep.rendezvous.OffreService;
import fr.portailcep.shared.Formats;
import fr.portailcep.shared.SaisieRefusee;
import fr.portailcep.shared.ui.EspaceProLayout;
import fr.portailcep.shared.ui.Formulaire;
import fr.portailcep.shared.ui.Saisie;

/**
 * A conseiller's opening hours: weekly ranges per site and modality (public holidays of each site's territory are
 * closed anyway), and absences. A manager picks the conseiller.
 */
@Route(value = HorairesView.CHEMIN, layout = EspaceProLayout.class)
@RolesAllowed({"CONSEILLER", "MANAGER"})
public class HorairesView extends Div implements HasDynamicTitle {

    static final String CHEMIN = "espace-pro/horaires";
    private static final List<DayOfWeek> JOURS = List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
            DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);

    private final OffreService offre;
    private final Select<Compte> conseiller = new Select<>();
    private final Div plages = new Div();
    private final Div absences = new Div();
    private final Select<DayOfWeek> jour = new Select<>();
    private final TimePicker debut = new TimePicker();
    private final TimePicker fin = new TimePicker();
    private final Select<Site> site = new Select<>();
    private final CheckboxGroup<Modalite> modalites = new CheckboxGroup<>();
    private final Select<Integer> duree = new Select<>();
    private final DatePicker du = new DatePicker();
    private final DatePicker au = new DatePicker();
    private final TextField motif = new TextField();
    private final Formulaire<Object> formulairePlage = Formulaire.libre();
    private final Formulaire<Object> formulaireAbsence = Formulaire.libre();

    public HorairesView(AgendaService agenda, OffreService offre) {
        this.offre = offre;
        addClassNames("pc-page");
        add(new H1(getTranslation("horaires.titre")), new Paragraph(getTranslation("horaires.intro")));
        var visibles = agenda.agendasVisibles();
        conseiller.setLabel(getTranslation("horaires.conseiller"));
        conseiller.setItems(visibles);
        conseiller.setItemLabelGenerator(c -> c.prenom() + " " + c.nom());
        conseiller.setId("horaires-conseiller");
        conseiller.setVisible(visibles.size() > 1);
        add(conseiller);

        plages.setId("plages");
        add(new H2(getTranslation("horaires.plages")), plages, formulairePlage());
        absences.setId("absences");
        add(new H2(getTranslation("horaires.absences")), absences, formulaireAbsence());

        conseiller.addValueChangeListener(e -> afficher());
        if (!visibles.isEmpty()) {
            conseiller.setValue(visibles.getFirst());
        }
    }

    private Div formulairePlage() {
        jour.setLabel(getTranslation("horaires.jour"));
        jour.setItems(JOURS);
        jour.setItemLabelGenerator(HorairesView::nomJour);
        jour.setId("plage-jour");
        debut.setLabel(getTranslation("horaires.debut"));
        debut.setStep(java.time.Duration.ofMinutes(15));
        debut.setLocale(Locale.FRANCE);
        debut.setId("plage-debut");
        fin.setLabel(getTranslation("horaires.fin"));
        fin.setStep(java.time.Duration.ofMinutes(15));
        fin.setLocale(Locale.FRANCE);
        fin.setId("plage-fin");
        site.setLabel(getTranslation("horaires.site"));
        site.setItemLabelGenerator(Site::nom);
        site.setId("plage-site");
        modalites.setLabel(getTranslation("horaires.modalites"));
        modalites.setItems(Modalite.values());
        modalites.setItemLabelGenerator(m -> getTranslation("modalite." + m.name()));
        modalites.setValue(EnumSet.allOf(Modalite.class));
        modalites.setId("plage-modalites");
        duree.setLabel(getTranslation("horaires.duree"));
        duree.setItems(30, 45, 60, 90);
        duree.setItemLabelGenerator(m -> getTranslation("horaires.duree.minutes", m));
        duree.setValue(60);
        duree.setId("plage-duree");
        // Bound under the names the offer's refusals use ({@code OffreInvalide}): each is shown beside its field.
        formulairePlage.champ("jour", jour).champ("debut", debut).champ("fin", fin).champ("site", site)
                .champ("modalites", modalites).champ("duree", duree);
        var ajouter = new Button(getTranslation("horaires.ajouter"));
        ajouter.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ajouter.setId("ajouter-plage");
        formulairePlage.soumettre(ajouter, x -> ajouterPlage());
        var formulaire = new Div(new H2(getTranslation("horaires.ajouter.titre")), jour, debut, fin, site, modalites,
                duree, formulairePlage.erreurs(), ajouter);
        formulaire.addClassNames("pc-formulaire", "pc-carte");
        return formulaire;
    }

    private Div formulaireAbsence() {
        du.setLabel(getTranslation("horaires.absence.du"));
        du.setLocale(Locale.FRANCE);
        du.setId("absence-du");
        au.setLabel(getTranslation("horaires.absence.au"));
        au.setLocale(Locale.FRANCE);
        au.setId("absence-au");
        motif.setLabel(getTranslation("horaires.absence.motif"));
        motif.setId("absence-motif");
        Saisie.limiter(motif, Fermeture.LONGUEUR_MOTIF);
        formulaireAbsence.champ("du", du).champ("au", au).champ("motif", motif);
        var ajouter = new Button(getTranslation("horaires.absence.ajouter"));
        ajouter.setId("ajouter-absence");
        formulaireAbsence.soumettre(ajouter, x -> ajouterAbsence());
        var formulaire = new Div(du, au, motif, formulaireAbsence.erreurs(), ajouter);
        formulaire.addClassNames("pc-formulaire", "pc-carte");
        return formulaire;
    }

    private void afficher() {
        plages.removeAll();
        absences.removeAll();
        var c = conseiller.getValue();
        if (c == null) {
            return;
        }
        var sites = offre.sitesDe(c.id());
        site.setItems(sites);
        if (!sites.isEmpty()) {
            site.setValue(sites.getFirst());
        }
        Map<java.util.UUID, String> noms = sites.stream().collect(Collectors.toMap(Site::id, Site::nom));
        var liste = offre.plagesDe(c.id());
        if (liste.isEmpty()) {
            plages.add(new Paragraph(getTranslation("horaires.aucune")));
        } else {
            var ul = new UnorderedList();
            ul.addClassName("pc-liste-objets");
            liste.forEach(p -> {
                var item = new ListItem();
                item.addClassName("pc-objet");
                var texte = new Span(nomJour(p.jour()) + " " + Formats.francais().heure(p.debut()) + "–" + Formats.francais().heure(p.fin())
                        + " · " + noms.getOrDefault(p.siteId(), "") + " · " + p.modalites().stream().sorted()
                                .map(m -> getTranslation("modalite.court." + m.name())).collect(Collectors.joining(", "))
                        + " · " + getTranslation("horaires.duree.minutes", p.dureeMinutes()));
                var retirer = new Button(getTranslation("horaires.retirer"), e -> {
                    offre.retirerPlage(p.id());
                    afficher();
                });
                retirer.addThemeVariants(ButtonVariant.LUMO_ERROR);
                retirer.setAriaLabel(getTranslation("horaires.retirer") + " " + texte.getText());
                item.add(texte, retirer);
                ul.add(item);
            });
            plages.add(ul);
        }
        var abs = offre.absencesDe(c.id());
        if (abs.isEmpty()) {
            absences.add(new Paragraph(getTranslation("horaires.absences.aucune")));
        } else {
            var ul = new UnorderedList();
            ul.addClassName("pc-liste");
            abs.forEach(a -> ul.add(new ListItem(getTranslation("horaires.absence.periode",
                    Formats.francais().dateLongue(a.debut().atZone(Lieux.PAR_DEFAUT).toLocalDate()),
                    Formats.francais().dateLongue(a.fin().minusSeconds(1).atZone(Lieux.PAR_DEFAUT).toLocalDate()))
                    + a.motif().map(m -> " – " + m).orElse(""))));
            absences.add(ul);
        }
    }

    /** Refusals of the offer ({@code OffreInvalide}) and of typed text land beside their field ({@link Formulaire}). */
    private void ajouterPlage() {
        offre.ajouterPlage(conseiller.getValue().id(), site.getValue() == null ? null : site.getValue().id(),
                jour.getValue(), debut.getValue(), fin.getValue(), modalites.getValue(),
                duree.getValue() == null ? 0 : duree.getValue());
        Notification.show(getTranslation("horaires.ajoutee"));
        debut.clear();
        fin.clear();
        afficher();
    }

    private void ajouterAbsence() {
        var ajout = offre.ajouterAbsence(conseiller.getValue().id(), du.getValue(), au.getValue(), motif.getValue());
        var message = getTranslation("horaires.absence.ajoutee");
        if (!ajout.rendezVousConcernes().isEmpty()) {
            message += " " + getTranslation("horaires.absence.concernes", ajout.rendezVousConcernes().size());
        }
        Notification.show(message, 8000, Notification.Position.BOTTOM_START);
        du.clear();
        au.clear();
        motif.clear();
        afficher();
    }

    private static String nomJour(DayOfWeek j) {
        var nom = j.getDisplayName(TextStyle.FULL, Locale.FRANCE);
        return Character.toUpperCase(nom.charAt(0)) + nom.substring(1);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("horaires.titre") + " – " + getTranslation("portail.nom");
    }
}
