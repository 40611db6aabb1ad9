package fr.portailcep.compte.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;
import java.util.UUID;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import fr.portailcep.compte.ActionAudit;
import fr.portailcep.compte.JournalAudit;
import fr.portailcep.shared.Formats;
import fr.portailcep.shared.SaisieRefusee;
import fr.portailcep.shared.ui.Dates;
import fr.portailcep.shared.ui.EspaceProLayout;
import fr.portailcep.shared.ui.Formulaire;
import fr.portailcep.shared.ui.Saisie;

/**
 * The manager searches the operator's audit journal: by period, by what happened, by a name or an address, or for
 * one person's dossier ({@code ?personne=<id>}, linked from the dossier). Newest first, fifty at a time. The search
 * itself is journaled.
 */
@Route(value = JournalView.ROUTE, layout = EspaceProLayout.class)
@RolesAllowed("MANAGER")
public class JournalView extends Div implements HasDynamicTitle, BeforeEnterObserver {

    public static final String ROUTE = "pilotage/journal";
    static final int PAR_PAGE = 50;

    private final JournalAudit journal;
    private final Clock horloge;
    private final com.vaadin.flow.component.datepicker.DatePicker du = Dates.selecteur("");
    private final com.vaadin.flow.component.datepicker.DatePicker au = Dates.selecteur("");
    private final ComboBox<ActionAudit> action = new ComboBox<>();
    private final TextField texte = new TextField();
    private final Formulaire<Object> filtres = Formulaire.libre().champ("du", du).champ("au", au)
            .champ("action", action).champ("texte", texte);
    private final Div filtrePersonne = new Div();
    private final Paragraph compte = new Paragraph();
    private final Div resultats = new Div();
    private final Div pages = new Div();
    private UUID personne;
    private int depuis;

    public JournalView(JournalAudit journal, Clock horloge) {
        this.journal = journal;
        this.horloge = horloge;
        addClassNames("pc-page", "pc-page-large");
        du.setLabel(getTranslation("audit.du"));
        au.setLabel(getTranslation("audit.au"));
        du.setId("journal-du");
        au.setId("journal-au");
        au.setManualValidation(true);
        action.setLabel(getTranslation("audit.action"));
        action.setId("journal-action");
        action.setItems(ActionAudit.values());
        action.setItemLabelGenerator(a -> getTranslation("audit.action." + a.name()));
        action.setPlaceholder(getTranslation("audit.action.toutes"));
        action.setClearButtonVisible(true);
        texte.setLabel(getTranslation("audit.texte"));
        texte.setPlaceholder(getTranslation("audit.texte.exemple"));
        texte.setId("journal-texte");
        Saisie.limiter(texte, JournalAudit.Recherche.LONGUEUR_TEXTE);
        texte.setManualValidation(true);
        texte.setClearButtonVisible(true);
        var rechercher = new Button(getTranslation("audit.rechercher"), e -> {
            depuis = 0;
            rechercher();
        });
        rechercher.setId("journal-rechercher");
        rechercher.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        rechercher.addClickShortcut(com.vaadin.flow.component.Key.ENTER).listenOn(texte);
        var ligneFiltres = new Div(du, au, action, texte, rechercher);
        ligneFiltres.addClassName("pc-agenda-filtres");
        filtrePersonne.setId("journal-personne");
        compte.setId("journal-compte");
        compte.getElement().setAttribute("role", "status");
        resultats.setId("journal");
        pages.addClassName("pc-actions");
        add(new H1(getTranslation("audit.titre")), new Paragraph(getTranslation("audit.intro")), ligneFiltres,
                filtres.erreurs(), filtrePersonne, compte, resultats, pages);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent evenement) {
        personne = evenement.getLocation().getQueryParameters().getSingleParameter("personne").map(p -> {
            try {
                return UUID.fromString(p);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }).orElse(null);
        var aujourdhui = LocalDate.now(horloge);
        if (du.isEmpty() && au.isEmpty()) {
            du.setValue(aujourdhui.minusDays(30));
            au.setValue(aujourdhui);
        }
        depuis = 0;
        rechercher();
    }

    private void rechercher() {
        filtres.effacer();
        var lue = new JournalAudit.Recherche[1];
        // The period and the text are checked by the search itself; a refusal is said beside its field.
        if (!filtres.executer(() -> lue[0] = new JournalAudit.Recherche(du.getValue(), au.getValue(),
                action.getValue(), null, personne, texte.getValue()))) {
            return;
        }
        var recherche = lue[0];
        var zone = horloge.getZone();
        var total = journal.compter(recherche, zone);
        var entrees = journal.rechercher(recherche, depuis, PAR_PAGE, zone);
        if (depuis == 0) {
            journal.noterRecherche(recherche);
        }
        filtrePersonne.removeAll();
        if (personne != null) {
            var nom = entrees.stream().filter(e -> personne.equals(e.beneficiaireId())).map(JournalAudit.Entree::personne)
                    .filter(n -> !n.isBlank()).findFirst().orElse("");
            var retirer = new Anchor("/" + ROUTE, getTranslation("audit.personne.retirer"));
            retirer.addClassName("pc-lien");
            filtrePersonne.add(new Paragraph(new Span(getTranslation("audit.personne", nom)), new Span(" · "), retirer));
        }
        compte.setText(total == 0 ? getTranslation("audit.resultats", 0)
                : getTranslation("audit.resultats.page", depuis + 1, depuis + entrees.size(), total));
        resultats.removeAll();
        if (!entrees.isEmpty()) {
            resultats.add(tableau(entrees));
        }
        pages.removeAll();
        if (depuis > 0) {
            var precedentes = new Button(getTranslation("audit.precedentes"), e -> {
                depuis = Math.max(0, depuis - PAR_PAGE);
                rechercher();
            });
            precedentes.setId("journal-precedentes");
            pages.add(precedentes);
        }
        if (depuis + entrees.size() < total) {
            var suivantes = new Button(getTranslation("audit.suivantes"), e -> {
                depuis += PAR_PAGE;
                rechercher();
            });
            suivantes.setId("journal-suivantes");
            pages.add(suivantes);
        }
    }

    private NativeTable tableau(java.util.List<JournalAudit.Entree> entrees) {
        var table = new NativeTable();
        table.addClassNames("pc-tableau", "pc-journal");
        var entete = new NativeTableRow();
        Arrays.stream(new String[] {"quand", "qui", "quoi", "concerne", "detail", "reseau"})
                .forEach(c -> entete.add(new NativeTableHeaderCell(getTranslation("audit.col." + c))));
        var corps = new NativeTableBody();
        var zone = horloge.getZone();
        for (var e : entrees) {
            var qui = e.role() == null ? e.acteur() : e.acteur() + " (" + getTranslation("role." + e.role().name()) + ")";
            if (JournalAudit.SYSTEME.equals(e.acteur())) {
                qui = getTranslation("audit.systeme");
            }
            var concerne = !e.personne().isBlank() ? e.personne()
                    : !e.compteCible().isBlank() ? e.compteCible() : Objects.toString(e.objet(), "");
            var detail = String.join(" · ", java.util.stream.Stream.of(
                    e.personne().isBlank() && e.compteCible().isBlank() ? null : objet(e.objet()), e.detail())
                    .filter(Objects::nonNull).filter(s -> !s.isBlank()).toList());
            var ligne = new NativeTableRow(new NativeTableCell(Formats.francais().dateHeure(e.horodatage(), zone)),
                    new NativeTableCell(qui), new NativeTableCell(getTranslation("audit.action." + e.action().name())),
                    new NativeTableCell(concerne), new NativeTableCell(detail),
                    new NativeTableCell(Objects.toString(e.adresseReseau(), "")));
            ligne.getElement().setAttribute("data-action", e.action().name());
            corps.add(ligne);
        }
        table.add(new NativeTableHeader(entete), corps);
        return table;
    }

    /** "LECTURE_PROFIL" → "lire le profil"; "RAPPEL 1234…" → "noter un rappel fait (1234…)". */
    private String objet(String objet) {
        if (objet == null) {
            return null;
        }
        var espace = objet.indexOf(' ');
        var code = espace < 0 ? objet : objet.substring(0, espace);
        var cle = "audit.objet." + code;
        var texte = getTranslation(cle);
        if (texte.equals(cle) || texte.startsWith("!")) {
            return objet;
        }
        return espace < 0 ? texte : texte + " (" + objet.substring(espace + 1) + ")";
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.titre") + " – " + getTranslation("portail.nom");
    }
}
