package fr.portailcep.rendezvous.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;

import fr.portailcep.operateur.Site;
import fr.portailcep.rendezvous.CreneauPropose;
import fr.portailcep.rendezvous.CreneauxService;
import fr.portailcep.rendezvous.FiltreCreneaux;
import fr.portailcep.rendezvous.Modalite;
import fr.portailcep.shared.Formats;

/**
 * The free slots for a phone: the next ones first, grouped by day, as large buttons, with two filters (how, where)
 * and "more days" at the bottom. Days after the guaranteed date are marked.
 */
class ListeCreneaux extends Div {

    private static final int JOURS_PAR_PAGE = 5;
    private static final String TOUS = "TOUS";

    private final CreneauxService creneaux;
    private final Lieux lieux;
    private final LocalDate dateLimite;
    private final Consumer<CreneauPropose> choisir;
    private final RadioButtonGroup<String> modalite = new RadioButtonGroup<>();
    private final Select<Site> site = new Select<>();
    private final Div jours = new Div();
    private final Button plus = new Button();
    private final List<Consumer<List<CreneauPropose>>> ecouteurs = new ArrayList<>();
    private List<CreneauPropose> tous = List.of();
    private int joursAffiches = JOURS_PAR_PAGE;

    ListeCreneaux(CreneauxService creneaux, Lieux lieux, LocalDate dateLimite, Consumer<CreneauPropose> choisir) {
        this.creneaux = creneaux;
        this.lieux = lieux;
        this.dateLimite = dateLimite;
        this.choisir = choisir;
        addClassName("pc-liste-creneaux");

        modalite.setId("filtre-modalite");
        modalite.setLabel(getTranslation("creneaux.filtre.modalite"));
        modalite.setItems(TOUS, Modalite.SUR_SITE.name(), Modalite.TELEPHONE.name(), Modalite.VISIO.name());
        modalite.setItemLabelGenerator(m -> getTranslation(TOUS.equals(m) ? "modalite.TOUS" : "modalite." + m));
        modalite.setValue(TOUS);
        site.setId("filtre-site");
        site.setLabel(getTranslation("creneaux.filtre.site"));
        site.setItems(lieux.tous());
        site.setItemLabelGenerator(s -> s == null ? getTranslation("creneaux.filtre.site.tous") : s.nom());
        site.setEmptySelectionAllowed(true);
        site.setEmptySelectionCaption(getTranslation("creneaux.filtre.site.tous"));
        site.setVisible(lieux.tous().size() > 1);
        var filtres = new Div(modalite, site);
        filtres.addClassName("pc-filtres");
        modalite.addValueChangeListener(e -> {
            site.setVisible(lieux.tous().size() > 1 && !estADistance());
            rafraichir();
        });
        site.addValueChangeListener(e -> rafraichir());

        jours.setId("jours");
        plus.setText(getTranslation("creneaux.plus"));
        plus.setId("plus-de-jours");
        plus.addThemeVariants(ButtonVariant.LUMO_LARGE);
        plus.setWidthFull();
        plus.addClickListener(e -> {
            joursAffiches += JOURS_PAR_PAGE;
            afficher();
        });
        add(filtres, jours, plus);
    }

    /** Called with the slots each time they are computed again (filters changed). */
    void quandRafraichi(Consumer<List<CreneauPropose>> ecouteur) {
        ecouteurs.add(ecouteur);
    }

    Optional<Modalite> modaliteChoisie() {
        return TOUS.equals(modalite.getValue()) || modalite.getValue() == null ? Optional.empty()
                : Optional.of(Modalite.valueOf(modalite.getValue()));
    }

    void rafraichir() {
        var filtre = new FiltreCreneaux(modaliteChoisie().orElse(null),
                estADistance() || site.getValue() == null ? null : site.getValue().id());
        tous = creneaux.proposes(filtre, CreneauxService.HORIZON_JOURS);
        joursAffiches = JOURS_PAR_PAGE;
        afficher();
        ecouteurs.forEach(e -> e.accept(tous));
    }

    private boolean estADistance() {
        return modaliteChoisie().map(Modalite::aDistance).orElse(false);
    }

    private void afficher() {
        jours.removeAll();
        var parJour = new LinkedHashMap<LocalDate, List<CreneauPropose>>();
        for (var c : tous) {
            parJour.computeIfAbsent(c.debut().atZone(lieux.zone(c.siteId())).toLocalDate(), j -> new ArrayList<>())
                    .add(c);
        }
        if (parJour.isEmpty()) {
            var aucun = new Paragraph(getTranslation("creneaux.aucun"));
            aucun.setId("aucun-creneau");
            aucun.addClassName("pc-avis");
            jours.add(aucun);
        }
        var n = 0;
        for (var entree : parJour.entrySet()) {
            if (n++ >= joursAffiches) {
                break;
            }
            jours.add(jour(entree.getKey(), entree.getValue()));
        }
        plus.setVisible(parJour.size() > joursAffiches);
    }

    private Section jour(LocalDate date, List<CreneauPropose> duJour) {
        var titre = new H2(Formats.francais().dateSansAnnee(date));
        var section = new Section(titre);
        section.addClassName("pc-jour");
        if (dateLimite != null && date.isAfter(dateLimite)) {
            var tard = new Span(getTranslation("creneaux.apres.echeance"));
            tard.addClassNames("pc-badge", "pc-badge-j3");
            section.add(tard);
        }
        var liste = new UnorderedList();
        liste.addClassName("pc-creneaux");
        for (var c : duJour) {
            liste.add(new ListItem(bouton(date, c)));
        }
        section.add(liste);
        return section;
    }

    Button bouton(LocalDate date, CreneauPropose c) {
        var heure = new Span(Formats.francais().heure(c.debut(), lieux.zone(c.siteId())));
        heure.addClassName("pc-creneau-heure");
        var detail = new Span(detail(c));
        detail.addClassName("pc-creneau-detail");
        var bouton = new Button();
        bouton.getElement().appendChild(heure.getElement(), detail.getElement());
        bouton.addClassName("pc-creneau");
        bouton.getElement().setAttribute("data-debut", String.valueOf(c.debut().getEpochSecond()));
        bouton.setAriaLabel(getTranslation("creneaux.creneau.aria", Formats.francais().dateLongue(date), heure.getText(), detail.getText()));
        bouton.setDisableOnClick(true);
        bouton.addClickListener(e -> choisir.accept(c));
        return bouton;
    }

    String detail(CreneauPropose c) {
        var modalites = c.modalites().stream().sorted().map(m -> getTranslation("modalite.court." + m.name())).toList();
        var lieu = lieux.site(c.siteId()).map(Site::commune);
        return lieu.map(l -> l + " · ").orElse("") + String.join(" · ", modalites);
    }
}
