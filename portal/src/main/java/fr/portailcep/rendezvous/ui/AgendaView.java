package fr.portailcep.rendezvous.ui;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.UUID;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import fr.portailcep.compte.Compte;
import fr.portailcep.rendezvous.AgendaService;
import fr.portailcep.rendezvous.LigneAgenda;
import fr.portailcep.rendezvous.RendezVous;
import fr.portailcep.rendezvous.StatutRendezVous;
import fr.portailcep.shared.Formats;
import fr.portailcep.shared.ui.EspaceProLayout;
import fr.portailcep.shared.ui.Formulaire;
import fr.portailcep.shared.ui.Saisie;

/**
 * The conseiller's agenda, by day or by week: each rendez-vous with the person's request and modality; mark it held,
 * missed or excused once it has started; cancel one to come. A manager picks the conseiller.
 */
@Route(value = AgendaView.CHEMIN, layout = EspaceProLayout.class)
@RolesAllowed({"CONSEILLER", "MANAGER"})
public class AgendaView extends Div implements HasDynamicTitle, BeforeEnterObserver {

    static final String CHEMIN = "espace-pro/agenda";

    private final AgendaService agenda;
    private final Clock horloge;
    private final Select<Compte> conseiller = new Select<>();
    private final DatePicker date = new DatePicker();
    private final RadioButtonGroup<String> affichage = new RadioButtonGroup<>();
    private final Div contenu = new Div();

    public AgendaView(AgendaService agenda, Clock horloge) {
        this.agenda = agenda;
        this.horloge = horloge;
        addClassNames("pc-page", "pc-page-large");
        add(new H1(getTranslation("agenda.titre")));

        var visibles = agenda.agendasVisibles();
        conseiller.setLabel(getTranslation("agenda.conseiller"));
        conseiller.setItems(visibles);
        conseiller.setItemLabelGenerator(c -> c.prenom() + " " + c.nom());
        conseiller.setId("agenda-conseiller");
        if (!visibles.isEmpty()) {
            conseiller.setValue(visibles.getFirst());
        }
        conseiller.setVisible(visibles.size() > 1);

        date.setLabel(getTranslation("agenda.date"));
        date.setLocale(java.util.Locale.FRANCE);
        date.setValue(LocalDate.now(horloge.withZone(Lieux.PAR_DEFAUT)));
        date.setId("agenda-date");

        affichage.setLabel(getTranslation("agenda.vue"));
        affichage.setItems("JOUR", "SEMAINE");
        affichage.setItemLabelGenerator(v -> getTranslation("agenda.vue." + v.toLowerCase()));
        affichage.setValue("SEMAINE");
        affichage.setId("agenda-affichage");

        var precedent = new Button(getTranslation("agenda.precedent"), e -> decaler(-1));
        var aujourdhui = new Button(getTranslation("agenda.aujourdhui"),
                e -> date.setValue(LocalDate.now(horloge.withZone(Lieux.PAR_DEFAUT))));
        var suivant = new Button(getTranslation("agenda.suivant"), e -> decaler(1));
        var appel = new Anchor("/" + AppelView.CHEMIN, getTranslation("agenda.appel"));
        appel.addClassNames("pc-bouton-lien", "pc-bouton-secondaire");
        appel.setId("agenda-appel");
        var navigation = new Div(precedent, aujourdhui, suivant, appel);
        navigation.addClassName("pc-actions");

        var filtres = new Div(conseiller, date, affichage);
        filtres.addClassName("pc-agenda-filtres");
        add(filtres, navigation, contenu);
        contenu.setId("agenda-contenu");

        conseiller.addValueChangeListener(e -> afficher());
        date.addValueChangeListener(e -> afficher());
        affichage.addValueChangeListener(e -> afficher());
    }

    /** {@code ?date=2026-11-24&conseiller=<id>} open the agenda on that day (links from other pages, tests). */
    @Override
    public void beforeEnter(BeforeEnterEvent evenement) {
        var parametres = evenement.getLocation().getQueryParameters();
        parametres.getSingleParameter("date").ifPresent(d -> {
            try {
                date.setValue(LocalDate.parse(d));
            } catch (java.time.format.DateTimeParseException e) {
                // ignored: today stays
            }
        });
        parametres.getSingleParameter("conseiller").ifPresent(id -> conseiller.getListDataView().getItems()
                .filter(c -> c.id().toString().equals(id)).findFirst().ifPresent(conseiller::setValue));
        afficher();
    }

    private void decaler(int sens) {
        var jours = "JOUR".equals(affichage.getValue()) ? 1 : 7;
        date.setValue(date.getValue().plusDays((long) sens * jours));
    }

    private void afficher() {
        contenu.removeAll();
        if (conseiller.getValue() == null || date.getValue() == null) {
            contenu.add(new Paragraph(getTranslation("agenda.aucun")));
            return;
        }
        LocalDate du = date.getValue();
        LocalDate au = du;
        if ("SEMAINE".equals(affichage.getValue())) {
            du = du.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            au = du.plusDays(6);
        }
        var lignes = agenda.agenda(conseiller.getValue().id(), du, au, Lieux.PAR_DEFAUT);
        if (lignes.isEmpty()) {
            var vide = new Paragraph(getTranslation("agenda.aucun"));
            vide.setId("agenda-vide");
            contenu.add(vide);
            return;
        }
        for (var jour = du; !jour.isAfter(au); jour = jour.plusDays(1)) {
            var duJour = jour;
            List<LigneAgenda> ceJour = lignes.stream()
                    .filter(l -> l.rendezVous().debut().atZone(Lieux.PAR_DEFAUT).toLocalDate().equals(duJour)).toList();
            if (ceJour.isEmpty()) {
                continue;
            }
            var titre = new H2(capitaliser(Formats.francais().dateLongue(jour)));
            var liste = new UnorderedList();
            liste.addClassName("pc-liste-objets");
            ceJour.forEach(l -> liste.add(ligne(l)));
            contenu.add(titre, liste);
        }
    }

    private ListItem ligne(LigneAgenda l) {
        var rdv = l.rendezVous();
        var item = new ListItem();
        item.addClassNames("pc-objet", "pc-agenda-rdv");
        item.setId("rdv-" + rdv.id());
        item.getElement().setAttribute("data-statut", rdv.statut().name());

        var quoi = new Div();
        var titre = new Span(Formats.francais().heure(rdv.debut(), Lieux.PAR_DEFAUT) + "–" + Formats.francais().heure(rdv.fin(), Lieux.PAR_DEFAUT)
                + " · " + l.personne());
        titre.addClassName("pc-objet-titre");
        var statut = new Span(getTranslation("agenda.statut." + rdv.statut().name()));
        statut.addClassNames("pc-badge", rdv.statut() == StatutRendezVous.ANNULE ? "pc-badge-neutre" : "pc-badge-ok");
        statut.addClassName("pc-agenda-statut");
        var details = new Span(getTranslation("modalite." + rdv.modalite().name()) + " · " + l.site() + " · "
                + getTranslation("agenda.origine." + rdv.origine().name()));
        details.addClassName("pc-objet-details");
        quoi.add(statut, titre, details);
        var contact = new Span(l.email() + l.telephone().map(t -> " · " + t).orElse(""));
        contact.addClassName("pc-objet-details");
        quoi.add(contact);
        if (l.premierEchange()) {
            var premier = new Span(l.dateLimite().map(d -> getTranslation("agenda.premier", Formats.francais().dateLongue(d)))
                    .orElse(getTranslation("agenda.premier.clos")));
            premier.addClassName("pc-objet-details");
            quoi.add(premier);
        }
        rdv.resumeDemande().ifPresent(r -> quoi.add(detail(getTranslation("agenda.demande", r))));
        rdv.besoin().ifPresent(b -> quoi.add(detail(getTranslation("agenda.besoin", b))));
        item.add(quoi);

        var actions = new Div();
        actions.addClassName("pc-actions");
        if (l.actes().contains(RendezVous.Acte.NOTER)) {
            actions.add(noter(rdv.id(), StatutRendezVous.HONORE, "agenda.tenu", "tenu"),
                    noter(rdv.id(), StatutRendezVous.ABSENT, "agenda.absent", "absent"),
                    noter(rdv.id(), StatutRendezVous.EXCUSE, "agenda.excuse", "excuse"));
        }
        if (l.actes().contains(RendezVous.Acte.ANNULER)) {
            var annuler = new Button(getTranslation("agenda.annuler"), e -> confirmerAnnulation(rdv.id()));
            annuler.addThemeVariants(ButtonVariant.LUMO_ERROR);
            annuler.setId("annuler-" + rdv.id());
            actions.add(annuler);
        }
        if (rdv.statut() == StatutRendezVous.HONORE) {
            // The conseiller who held it may record the identity document seen, for the person's passkey (issue 10).
            var identite = new Anchor("/espace-pro/identite/" + rdv.id(), getTranslation("signature.identite.lien"));
            identite.setId("identite-" + rdv.id());
            actions.add(identite);
        }
        if (actions.getComponentCount() > 0) {
            item.add(actions);
        }
        return item;
    }

    private Span detail(String texte) {
        var s = new Span(texte);
        s.addClassName("pc-objet-details");
        return s;
    }

    private Button noter(UUID id, StatutRendezVous statut, String cle, String suffixe) {
        var bouton = new Button(getTranslation(cle), e -> {
            agenda.noter(id, statut);
            Notification.show(getTranslation("agenda.note", getTranslation("agenda.statut." + statut.name())));
            afficher();
        });
        bouton.setId(suffixe + "-" + id);
        if (statut == StatutRendezVous.HONORE) {
            bouton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        return bouton;
    }

    private void confirmerAnnulation(UUID id) {
        var motif = new TextField(getTranslation("agenda.annuler.motif"));
        motif.setWidthFull();
        motif.setId("motif-annulation");
        Saisie.limiter(motif, AgendaService.LONGUEUR_MOTIF_ANNULATION);
        var dialogue = new ConfirmDialog();
        dialogue.setHeader(getTranslation("agenda.annuler.titre"));
        dialogue.add(new Paragraph(getTranslation("agenda.annuler.texte")), motif);
        dialogue.setCancelable(true);
        dialogue.setCancelText(getTranslation("agenda.annuler.non"));
        dialogue.setConfirmText(getTranslation("agenda.annuler.oui"));
        dialogue.setConfirmButtonTheme("error primary");
        var formulaire = Formulaire.libre().champ("motif", motif);
        dialogue.add(formulaire.erreurs());
        dialogue.addConfirmListener(e -> {
            if (formulaire.executer(() -> agenda.annuler(id, motif.getValue()))) {
                afficher();
            } else {
                // The dialog opens again, the reason said beside the field, what was typed kept, and the keyboard
                // back on that field. The reopened dialog moves the focus to its confirm button when its opening
                // ends, which may come after any fixed delay: for the next second, focus landing elsewhere is taken
                // back to the field.
                dialogue.open();
                motif.getElement().executeJs("""
                        const champ = this;
                        const ramener = () => {
                          if (!champ.contains(document.activeElement) && document.activeElement !== champ) {
                            champ.focus();
                          }
                        };
                        document.addEventListener('focusin', ramener, true);
                        setTimeout(() => document.removeEventListener('focusin', ramener, true), 1000);
                        requestAnimationFrame(() => requestAnimationFrame(() => champ.focus()));""");
            }
        });
        dialogue.open();
    }

    private static String capitaliser(String texte) {
        return texte.isEmpty() ? texte : Character.toUpperCase(texte.charAt(0)) + texte.substring(1);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("agenda.titre") + " – " + getTranslation("portail.nom");
    }

    static Anchor lien(String texte) {
        var a = new Anchor("/" + CHEMIN, texte);
        a.addClassName("pc-lien");
        return a;
    }
}
