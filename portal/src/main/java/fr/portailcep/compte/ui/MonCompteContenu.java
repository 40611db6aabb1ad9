package fr.portailcep.compte.ui;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.security.AuthenticationContext;

import fr.portailcep.compte.AdresseCourriel;
import fr.portailcep.compte.ClesAcces;
import fr.portailcep.compte.Compte;
import fr.portailcep.compte.CompteService;
import fr.portailcep.compte.ConnexionParCourriel;
import fr.portailcep.compte.DemandeCode;
import fr.portailcep.compte.JournalConnexions;
import fr.portailcep.compte.SessionsOuvertes;
import fr.portailcep.shared.Formats;
import fr.portailcep.shared.SaisieRefusee;
import fr.portailcep.shared.ActeRefuse;
import fr.portailcep.shared.ui.Dates;
import fr.portailcep.shared.ui.Formulaire;
import fr.portailcep.shared.ui.Origine;
import fr.portailcep.shared.ui.Saisie;

/**
 * "Mon compte", for everybody: who I am, my passkeys (add, remove), my open sessions (close one), my recent
 * sign-ins, and signing out. Adding a passkey needs a recent authentication in this session (the server checks it
 * too): otherwise the person first confirms who they are, with a passkey they have or a code received by email.
 */
class MonCompteContenu extends Div {

    private final CompteService comptes;
    private final ClesAcces clesAcces;
    private final SessionsOuvertes sessions;
    private final JournalConnexions journal;
    private final ConnexionParCourriel connexion;
    private final Clock horloge;
    private final ZoneId zone;
    private final Compte moi;
    private final Div listeCles = new Div();
    private final Div listeSessions = new Div();
    private final Div listeJournal = new Div();
    private final Paragraph erreurCle = new Paragraph();
    private final Paragraph obligation = new Paragraph();
    private final Div zoneAjout = new Div();
    private final TextField libelle = new TextField();
    private final Formulaire<Object> formulaireCle = Formulaire.libre().champ("libelle", libelle);
    private final Button ajouter = new Button();

    MonCompteContenu(CompteService comptes, ClesAcces clesAcces, SessionsOuvertes sessions, JournalConnexions journal,
            ConnexionParCourriel connexion, AuthenticationContext authentification, Clock horloge,
            boolean cleObligatoire) {
        this.connexion = connexion;
        this.horloge = horloge;
        this.comptes = comptes;
        this.clesAcces = clesAcces;
        this.sessions = sessions;
        this.journal = journal;
        this.zone = horloge.getZone();
        this.moi = comptes.exigerCompteConnecte();
        addClassName("pc-page");

        add(new H1(getTranslation("compte.titre")));
        obligation.setText(getTranslation("compte.cle.obligatoire"));
        obligation.addClassName("pc-avis");
        obligation.setId("cle-obligatoire");
        obligation.getElement().setAttribute("role", "status");
        obligation.setVisible(false);
        if (cleObligatoire) {
            add(obligation);
        }

        var identite = new Section(new H2(getTranslation("compte.identite")),
                ligne(getTranslation("compte.nom"), moi.nomAffiche()),
                ligne(getTranslation("compte.email"), moi.email()),
                ligne(getTranslation("compte.role"), getTranslation("role." + moi.role().name())));
        identite.addClassName("pc-carte");
        add(identite, sectionCles(), sectionSessions(), sectionJournal());

        var deconnexion = new Button(getTranslation("layout.deconnexion"), new Icon(VaadinIcon.SIGN_OUT),
                e -> authentification.logout());
        deconnexion.setId("se-deconnecter");
        deconnexion.addThemeVariants(ButtonVariant.LUMO_LARGE);
        deconnexion.setWidthFull();
        deconnexion.addClassName("pc-deconnexion");
        add(deconnexion);
        rafraichir();
    }

    private Section sectionCles() {
        libelle.setLabel(getTranslation("cles.libelle"));
        libelle.setId("libelle-cle");
        libelle.setValue(getTranslation("cles.libelle.defaut"));
        libelle.setWidthFull();
        libelle.setHelperText(getTranslation("cles.libelle.aide"));
        Saisie.limiter(libelle, ClesAcces.LONGUEUR_LIBELLE);
        ajouter.setText(getTranslation("cles.ajouter"));
        ajouter.setIcon(new Icon(VaadinIcon.KEY));
        ajouter.setId("ajouter-cle");
        ajouter.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        ajouter.setWidthFull();
        ajouter.setDisableOnClick(true);
        erreurCle.setId("erreur-cle");
        erreurCle.addClassName("pc-erreur");
        erreurCle.getElement().setAttribute("role", "alert");
        ajouter.addClickListener(e -> {
            var nom = new String[1];
            // The name is checked by the server's rule and said beside the field when refused.
            if (!formulaireCle.executer(() -> nom[0] = libelle.getValue().isBlank()
                    ? getTranslation("cles.libelle.defaut") : ClesAcces.libelle(libelle.getValue()))) {
                ajouter.setEnabled(true);
                return;
            }
            Navigateur.creerCle(this, nom[0]).then(String.class, resultat -> {
                ajouter.setEnabled(true);
                if ("ok".equals(resultat)) {
                    // The server recorded the new passkey and sent the courriel itself.
                    erreurCle.setText("");
                    comptes.marquerCleAccesProposee();
                    Notification.show(getTranslation("cles.creee"), 5000, Notification.Position.TOP_CENTER)
                            .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                    rafraichir();
                } else if ("confirmer".equals(resultat)) {
                    afficherAjout();
                    erreurCle.setText(getTranslation("cles.erreur.confirmer"));
                } else {
                    erreurCle.setText(getTranslation("cles.erreur." + resultat));
                }
            }, probleme -> {
                ajouter.setEnabled(true);
                erreurCle.setText(getTranslation("cles.erreur.erreur"));
            });
        });
        listeCles.setId("liste-cles");
        zoneAjout.setId("ajout-cle");
        var section = new Section(new H2(getTranslation("cles.titre")), new Paragraph(getTranslation("cles.texte")),
                listeCles, zoneAjout, erreurCle);
        section.addClassName("pc-carte");
        return section;
    }

    /** The form to add a passkey, or, without a recent authentication, the way to confirm who one is first. */
    private void afficherAjout() {
        zoneAjout.removeAll();
        if (sessions.authentificationRecente(sessionCourante())) {
            zoneAjout.add(libelle, ajouter);
            return;
        }
        var bloc = new Div(new Paragraph(getTranslation("cles.confirmer.texte")));
        bloc.setId("confirmer-identite");
        bloc.addClassName("pc-formulaire");
        var zoneCode = new Div();
        var aUneCle = !clesAcces.mesCles(moi).isEmpty();
        if (aUneCle) {
            var parCle = new Button(getTranslation("cles.confirmer.cle"), new Icon(VaadinIcon.KEY));
            parCle.setId("confirmer-par-cle");
            parCle.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
            parCle.setWidthFull();
            parCle.setDisableOnClick(true);
            parCle.addClickListener(e -> Navigateur.confirmerAvecCle(this).then(String.class, resultat -> {
                parCle.setEnabled(true);
                if ("ok".equals(resultat)) {
                    identiteConfirmee();
                } else {
                    erreurCle.setText(getTranslation("connexion.cle.erreur." + resultat));
                }
            }, probleme -> {
                parCle.setEnabled(true);
                erreurCle.setText(getTranslation("connexion.cle.erreur.erreur"));
            }));
            bloc.add(parCle);
        }
        // Staff who own a passkey confirm with it: they get no code by email.
        if (!(moi.role().estProfessionnel() && aUneCle)) {
            var parCode = new Button(getTranslation("cles.confirmer.code"), new Icon(VaadinIcon.ENVELOPE));
            parCode.setId("confirmer-par-code");
            parCode.addThemeVariants(aUneCle ? ButtonVariant.LUMO_TERTIARY : ButtonVariant.LUMO_PRIMARY,
                    ButtonVariant.LUMO_LARGE);
            parCode.setWidthFull();
            parCode.addClickListener(e -> demanderCodeDeConfirmation(zoneCode));
            bloc.add(parCode);
        }
        bloc.add(zoneCode);
        zoneAjout.add(bloc);
    }

    private void demanderCodeDeConfirmation(Div zoneCode) {
        switch (connexion.demanderCode(new AdresseCourriel(moi.email()), null, null, Origine.courante())) {
            case DemandeCode.Envoyee envoyee -> {
                zoneCode.removeAll();
                zoneCode.add(new SaisieCode(envoyee, connexion, horloge, () -> demanderCodeDeConfirmation(zoneCode),
                        null, ticket -> {
                            if (connexion.confirmerIdentite(ticket, sessionCourante(), Origine.courante())) {
                                identiteConfirmee();
                            } else {
                                erreurCle.setText(getTranslation("cles.confirmer.echec"));
                            }
                        }));
            }
            case DemandeCode.TropDeDemandes trop -> erreurCle.setText(getTranslation(
                    "connexion.email.tropdedemandes", Formats.francais().heure(trop.reessayerApres(), zone)));
            case DemandeCode.Verrouillee verrou -> erreurCle.setText(getTranslation(
                    "connexion.email.verrouillee", Formats.francais().heure(verrou.jusqua(), zone)));
        }
    }

    private void identiteConfirmee() {
        erreurCle.setText("");
        afficherAjout();
        Notification.show(getTranslation("cles.confirmee"), 5000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        libelle.focus();
    }

    private static String sessionCourante() {
        var session = VaadinSession.getCurrent().getSession();
        return session == null ? null : session.getId();
    }

    private Section sectionSessions() {
        listeSessions.setId("liste-sessions");
        var section = new Section(new H2(getTranslation("sessions.titre")),
                new Paragraph(getTranslation("sessions.texte")), listeSessions);
        section.addClassName("pc-carte");
        return section;
    }

    private Section sectionJournal() {
        listeJournal.setId("journal");
        var section = new Section(new H2(getTranslation("journal.titre")), listeJournal);
        section.addClassName("pc-carte");
        return section;
    }

    private void rafraichir() {
        afficherAjout();
        listeCles.removeAll();
        var cles = clesAcces.mesCles(moi);
        obligation.setVisible(cles.isEmpty());
        if (cles.isEmpty()) {
            listeCles.add(new Paragraph(getTranslation("cles.aucune")));
        } else {
            var liste = new UnorderedList();
            liste.addClassName("pc-liste-objets");
            for (var cle : cles) {
                var titre = new Span(cle.libelle());
                titre.addClassName("pc-objet-titre");
                var details = new Span(getTranslation("cles.details", Formats.francais().dateHeure(cle.creeeLe(), zone),
                        Formats.francais().dateHeure(cle.derniereUtilisation(), zone)));
                details.addClassName("pc-objet-details");
                var supprimer = new Button(getTranslation("cles.supprimer"), e -> confirmerSuppression(cle.id(), cle.libelle()));
                supprimer.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
                supprimer.setAriaLabel(getTranslation("cles.supprimer.aria", cle.libelle()));
                var element = new ListItem(new Div(titre, details), supprimer);
                element.addClassName("pc-objet");
                liste.add(element);
            }
            listeCles.add(liste);
        }

        listeSessions.removeAll();
        var courante = VaadinSession.getCurrent().getSession().getId();
        var liste = new UnorderedList();
        liste.addClassName("pc-liste-objets");
        for (var session : sessions.mesSessions(moi, courante)) {
            var titre = new Span(Appareil.decrire(session.navigateur()));
            titre.addClassName("pc-objet-titre");
            var details = new Span(getTranslation("sessions.details", Formats.francais().dateHeure(session.ouverteLe(), zone),
                    Formats.francais().dateHeure(session.derniereActivite(), zone)));
            details.addClassName("pc-objet-details");
            var element = new ListItem(new Div(titre, details));
            element.addClassName("pc-objet");
            if (session.courante()) {
                var ici = new Span(getTranslation("sessions.ici"));
                ici.addClassName("pc-badge");
                titre.add(new com.vaadin.flow.component.Text(" "), ici);
            } else {
                var fermer = new Button(getTranslation("sessions.fermer"), e -> {
                    sessions.revoquer(moi, session.id(), Origine.courante());
                    Notification.show(getTranslation("sessions.fermee"), 4000, Notification.Position.TOP_CENTER);
                    rafraichir();
                });
                fermer.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                fermer.setAriaLabel(getTranslation("sessions.fermer.aria", Appareil.decrire(session.navigateur())));
                element.add(fermer);
            }
            liste.add(element);
        }
        listeSessions.add(liste);

        listeJournal.removeAll();
        var entrees = new UnorderedList();
        entrees.addClassName("pc-liste-simple");
        journal.mesDernieres(moi, 8).forEach(entree -> entrees.add(new ListItem(
                Formats.francais().dateHeure(entree.horodatage(), zone) + " – "
                        + getTranslation("journal." + entree.evenement().name()) + " – "
                        + Appareil.decrire(entree.navigateur()))));
        listeJournal.add(entrees);
    }

    private void confirmerSuppression(String id, String libelle) {
        var dialogue = new ConfirmDialog();
        dialogue.setHeader(getTranslation("cles.supprimer.titre"));
        dialogue.setText(getTranslation("cles.supprimer.texte", libelle));
        dialogue.setCancelable(true);
        dialogue.setCancelText(getTranslation("commun.annuler"));
        dialogue.setConfirmText(getTranslation("cles.supprimer"));
        dialogue.setConfirmButtonTheme("error primary");
        dialogue.addConfirmListener(e -> {
            try {
                clesAcces.supprimer(moi, id, Origine.courante());
                rafraichir();
            } catch (ActeRefuse refus) {
                // The last passkey of a professional stays (Compte.peutRetirerUneCle).
                erreurCle.setText(getTranslation(refus.cle(), refus.argumentsEnTableau()));
            }
        });
        dialogue.open();
    }

    private static Div ligne(String libelle, String valeur) {
        var l = new Span(libelle);
        l.addClassName("pc-ligne-libelle");
        var v = new Span(valeur);
        v.addClassName("pc-ligne-valeur");
        var ligne = new Div(l, v);
        ligne.addClassName("pc-ligne");
        return ligne;
    }
}
