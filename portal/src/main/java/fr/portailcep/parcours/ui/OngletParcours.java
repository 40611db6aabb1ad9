package fr.portailcep.parcours.ui;

import fr.portailcep.shared.ui.Badge;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.DataIntegrityViolationException;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

import fr.portailcep.compte.Compte;
import fr.portailcep.compte.CompteService;
import fr.portailcep.parcours.Dossier;
import fr.portailcep.parcours.DossiersEquipe;
import fr.portailcep.parcours.Eligibilite;
import fr.portailcep.parcours.Engagement;
import fr.portailcep.parcours.EngagementRefuse;
import fr.portailcep.parcours.MotifCloture;
import fr.portailcep.parcours.OperationRefusee;
import fr.portailcep.parcours.ParcoursService;
import fr.portailcep.parcours.PeriodeReferent;
import fr.portailcep.parcours.Referentiel;
import fr.portailcep.parcours.Referentiels;
import fr.portailcep.parcours.UniteOeuvre;
import fr.portailcep.parcours.ValeurReference;
import fr.portailcep.parcours.MembreEquipe;
import fr.portailcep.parcours.VueDossier;
import fr.portailcep.shared.DatesFr;
import fr.portailcep.shared.SaisieRefusee;
import fr.portailcep.shared.ui.Saisie;

/** The units of work of a dossier: list, engage one (with rule 3 confirmed), close one, référent unique. */
class OngletParcours extends Div {

    private final UUID beneficiaireId;
    private final ParcoursService parcours;
    private final DossiersEquipe lectures;
    private final Referentiels referentiels;
    private final CompteService comptes;
    private final Clock horloge;
    private final Runnable rafraichir;

    OngletParcours(UUID beneficiaireId, Optional<VueDossier> dossier, ParcoursService parcours, DossiersEquipe lectures,
            Referentiels referentiels,
            CompteService comptes, Clock horloge, Runnable rafraichir) {
        this.beneficiaireId = beneficiaireId;
        this.parcours = parcours;
        this.lectures = lectures;
        this.referentiels = referentiels;
        this.comptes = comptes;
        this.horloge = horloge;
        this.rafraichir = rafraichir;
        addClassName("pc-onglet");
        var unites = new Section(new H2(getTranslation("dossier.unites.titre")));
        unites.addClassName("pc-carte");
        unites.setId("unites");
        if (dossier.isEmpty() || dossier.get().unites().isEmpty()) {
            unites.add(new Paragraph(getTranslation("dossier.unites.aucune")));
        } else {
            var d = dossier.get();
            unites.add(Elements.ligne(getTranslation("dossier.statut"), getTranslation("dossier.statut." + d.statut().name())));
            var liste = new UnorderedList();
            liste.addClassName("pc-liste-objets");
            d.unites().forEach(u -> liste.add(unite(u)));
            unites.add(liste);
        }
        add(unites);
        dossier.flatMap(VueDossier::uniteEnCours).ifPresent(u -> add(cloture(u)));
        add(engagement(dossier));
        dossier.filter(VueDossier::ouvert).ifPresent(d -> add(referent(d)));
        dossier.filter(d -> d.ouvert() && d.uniteEnCours().isEmpty()).ifPresent(d -> add(clotureDossier()));
    }

    private ListItem unite(VueDossier.Unite u) {
        var titre = new Span(u.uo().libelle() + " – " + getTranslation("uo.nom." + u.uo().name()));
        titre.addClassName("pc-objet-titre");
        var conseiller = comptes.nomDe(u.conseillerId());
        var details = new Span(getTranslation("dossier.unite.details", u.numero().affiche(),
                DatesFr.jour(u.engageeLe()), conseiller,
                u.finDeDelai().map(DatesFr::jour).orElse("—")));
        details.addClassName("pc-objet-details");
        var gauche = new Div(titre, details);
        var etat = u.enCours() ? new Badge(getTranslation("dossier.unite.encours"), null)
                : new Badge(getTranslation("dossier.unite.close", DatesFr.jour(u.closeLe().orElseThrow()),
                        getTranslation("motif." + u.motifCloture().orElseThrow().name())),
                        u.motifCloture().get() == MotifCloture.ABANDON ? "alerte" : "neutre");
        var item = new ListItem(gauche, etat);
        item.addClassName("pc-objet");
        item.setId("unite-" + u.uo().name());
        return item;
    }

    private Section cloture(VueDossier.Unite unite) {
        var section = new Section(new H2(getTranslation("dossier.cloture.titre", unite.uo().libelle())),
                new Paragraph(getTranslation("dossier.cloture.texte." + unite.uo().name())));
        section.addClassName("pc-carte");
        section.setId("cloture");
        var motif = new Select<MotifCloture>();
        motif.setLabel(getTranslation("motif.MOTIF_CLOTURE"));
        motif.setItems(Arrays.stream(MotifCloture.values())
                .filter(m -> m.saisiParConseiller() && m.permisPour(unite.uo())).toList());
        motif.setItemLabelGenerator(m -> getTranslation("motif." + m.name()));
        motif.setId("motif-cloture");
        var date = datePicker("dossier.cloture.date");
        date.setId("date-cloture");
        var erreur = erreur("erreur-cloture");
        var bouton = new Button(getTranslation("dossier.cloture.bouton"));
        bouton.setId("clore-unite");
        bouton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        bouton.setDisableOnClick(true);
        bouton.addClickListener(e -> {
            try {
                if (motif.getValue() == null) {
                    motif.setErrorMessage(getTranslation("dossier.cloture.motif.vide"));
                    motif.setInvalid(true);
                    return;
                }
                parcours.clore(beneficiaireId, unite.uo(), motif.getValue(), date.getValue());
                succes("dossier.cloture.ok");
            } catch (OperationRefusee refus) {
                erreur.setText(getTranslation(refus.cle()));
            } finally {
                bouton.setEnabled(true);
            }
        });
        var formulaire = new Div(motif, date, bouton);
        formulaire.addClassName("pc-formulaire-ligne");
        section.add(formulaire, erreur);
        return section;
    }

    private Section engagement(Optional<VueDossier> dossier) {
        var section = new Section(new H2(getTranslation("dossier.engager.titre")),
                new Paragraph(getTranslation("dossier.engager.texte")));
        section.addClassName("pc-carte");
        section.setId("engagement");
        var uo = new Select<UniteOeuvre>();
        uo.setLabel(getTranslation("dossier.engager.uo"));
        uo.setItems(UniteOeuvre.values());
        uo.setItemLabelGenerator(u -> u.libelle() + " – " + getTranslation("uo.nom." + u.name()));
        uo.setId("uo");
        uo.setValue(dossier.flatMap(VueDossier::derniereUnite).map(u -> switch (u.uo()) {
            case UO1 -> UniteOeuvre.UO2_1;
            case UO2_1 -> UniteOeuvre.UO2_2;
            default -> UniteOeuvre.UO1;
        }).orElse(UniteOeuvre.UO1));
        var date = datePicker("dossier.engager.date");
        date.setId("date-engagement");

        var accord = new Checkbox(getTranslation("dossier.engager.accord"));
        accord.setId("accord");
        var eligibilite = new Div(new H3(getTranslation("dossier.engager.eligibilite")),
                new Paragraph(getTranslation("dossier.engager.eligibilite.texte")));
        eligibilite.addClassName("pc-eligibilite");
        var actifOccupe = new Checkbox(getTranslation("dossier.engager.actifoccupe"));
        actifOccupe.setId("actif-occupe");
        var secteurPrive = new Checkbox(getTranslation("dossier.engager.secteurprive"));
        secteurPrive.setId("secteur-prive");
        var sansAutre = new Checkbox(getTranslation("dossier.engager.sansautre"));
        sansAutre.setId("sans-autre-operateur");
        eligibilite.add(actifOccupe, secteurPrive, sansAutre);

        var origine = selectReference(Referentiel.ORIGINE_DEMARCHE, "dossier.engager.origine", "origine");
        var motif = selectReference(Referentiel.MOTIF_SOLLICITATION, "dossier.engager.motif", "motif");
        var detaille = selectReference(Referentiel.MOTIF_DETAILLE, "dossier.engager.detaille", "motif-detaille");
        dossier.flatMap(VueDossier::derniereUnite).ifPresent(u -> {
            referentiels.valeur(Referentiel.ORIGINE_DEMARCHE, u.origine()).ifPresent(origine::setValue);
            referentiels.valeur(Referentiel.MOTIF_SOLLICITATION, u.motif()).ifPresent(motif::setValue);
            referentiels.valeur(Referentiel.MOTIF_DETAILLE, u.motifDetaille()).ifPresent(detaille::setValue);
        });
        var referent = new Select<MembreEquipe>();
        referent.setLabel(getTranslation("dossier.engager.referent"));
        var equipe = lectures.conseillersPour(beneficiaireId);
        referent.setItems(equipe);
        referent.setItemLabelGenerator(MembreEquipe::nomAffiche);
        referent.setId("referent-engagement");
        referent.setHelperText(getTranslation("dossier.engager.referent.aide"));
        comptes.compteConnecte().ifPresent(moi -> equipe.stream()
                .filter(c -> c.id().equals(moi.id())).findFirst().ifPresent(referent::setValue));

        Runnable visibilites = () -> {
            var u = uo.getValue();
            eligibilite.setVisible(u == UniteOeuvre.UO1 || u == UniteOeuvre.UO2_1);
            referent.setVisible(u == UniteOeuvre.UO2_1);
            accord.setVisible(u != UniteOeuvre.UO0);
        };
        uo.addValueChangeListener(e -> visibilites.run());
        visibilites.run();

        var erreur = erreur("erreur-engagement");
        var bouton = new Button(getTranslation("dossier.engager.bouton"));
        bouton.setId("engager");
        bouton.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        bouton.setDisableOnClick(true);
        bouton.addClickListener(e -> {
            erreur.setText("");
            try {
                if (date.getValue() == null) {
                    date.setErrorMessage(getTranslation("dossier.engager.date.vide"));
                    date.setInvalid(true);
                    return;
                }
                date.setInvalid(false);
                var u = uo.getValue();
                var eligible = new Eligibilite(actifOccupe.getValue(), secteurPrive.getValue(), sansAutre.getValue());
                var unite = parcours.engager(beneficiaireId, new Engagement(u, date.getValue(),
                        u == UniteOeuvre.UO0 || accord.getValue(), eligible, code(origine), code(motif),
                        code(detaille), u == UniteOeuvre.UO2_1 && referent.getValue() != null
                                ? referent.getValue().id() : null));
                Notification.show(getTranslation("dossier.engager.ok", unite.uo().libelle(), unite.numero().affiche()),
                        6000, Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                rafraichir.run();
            } catch (EngagementRefuse refus) {
                erreur.setText(getTranslation(refus.refus().cleMessage()));
            } catch (OperationRefusee refus) {
                erreur.setText(getTranslation(refus.cle()));
            } catch (OptimisticLockingFailureException | DataIntegrityViolationException concurrent) {
                erreur.setText(getTranslation("dossier.concurrent"));
            } finally {
                bouton.setEnabled(true);
            }
        });
        var ligne1 = new Div(uo, date);
        ligne1.addClassName("pc-formulaire-ligne");
        var ligne2 = new Div(origine, motif, detaille);
        ligne2.addClassName("pc-formulaire-ligne");
        var formulaire = new Div(ligne1, accord, eligibilite, ligne2, referent, bouton, erreur);
        formulaire.addClassName("pc-formulaire");
        section.add(formulaire);
        return section;
    }

    private Section referent(VueDossier dossier) {
        var section = new Section(new H2(getTranslation("dossier.referent.titre")));
        section.addClassName("pc-carte");
        section.setId("referent");
        var actuel = dossier.referentId().flatMap(comptes::parId).map(Compte::nomAffiche)
                .orElse(getTranslation("dossier.referent.aucun"));
        section.add(Elements.ligne(getTranslation("dossier.referent.actuel"), actuel));
        if (!dossier.referents().isEmpty()) {
            var historique = new UnorderedList();
            historique.addClassName("pc-liste-simple");
            historique.setId("historique-referents");
            dossier.referents().forEach(p -> historique.add(new ListItem(getTranslation("dossier.referent.periode",
                    comptes.nomDe(p.compteId()),
                    Elements.jourHeure(p.du(), horloge.getZone()),
                    p.au().map(a -> Elements.jourHeure(a, horloge.getZone())).orElse(getTranslation("dossier.referent.encours")),
                    p.motif().orElse("")))));
            section.add(historique);
        }
        if (dossier.referentId().isEmpty()) {
            section.add(new Paragraph(getTranslation("dossier.referent.quand")));
            return section;
        }
        var nouveau = new Select<MembreEquipe>();
        nouveau.setLabel(getTranslation("dossier.referent.nouveau"));
        nouveau.setItems(lectures.conseillersPour(beneficiaireId).stream()
                .filter(c -> !dossier.referentId().map(c.id()::equals).orElse(false)).toList());
        nouveau.setItemLabelGenerator(MembreEquipe::nomAffiche);
        nouveau.setId("nouveau-referent");
        var motif = new TextField(getTranslation("dossier.referent.motif"));
        motif.setId("motif-referent");
        Saisie.limiter(motif, PeriodeReferent.LONGUEUR_MOTIF);
        var erreur = erreur("erreur-referent");
        var bouton = new Button(getTranslation("dossier.referent.bouton"));
        bouton.setId("changer-referent");
        bouton.setDisableOnClick(true);
        bouton.addClickListener(e -> {
            try {
                if (nouveau.getValue() == null) {
                    nouveau.setErrorMessage(getTranslation("parcours.refus.referent.inconnu"));
                    nouveau.setInvalid(true);
                    return;
                }
                if (motif.getValue().isBlank()) {
                    motif.setErrorMessage(getTranslation("parcours.refus.motif.vide"));
                    motif.setInvalid(true);
                    return;
                }
                parcours.changerReferent(beneficiaireId, nouveau.getValue().id(), motif.getValue());
                succes("dossier.referent.ok");
            } catch (SaisieRefusee refus) {
                Saisie.montrer(refus, Map.of("motif", motif));
            } catch (OperationRefusee refus) {
                erreur.setText(getTranslation(refus.cle()));
            } finally {
                bouton.setEnabled(true);
            }
        });
        var formulaire = new Div(nouveau, motif, bouton);
        formulaire.addClassName("pc-formulaire-ligne");
        section.add(formulaire, erreur);
        return section;
    }

    private Section clotureDossier() {
        var section = new Section(new H2(getTranslation("dossier.clore.titre")),
                new Paragraph(getTranslation("dossier.clore.texte")));
        section.addClassName("pc-carte");
        section.setId("clore-dossier");
        var motif = new TextField(getTranslation("dossier.clore.motif"));
        motif.setId("motif-clore-dossier");
        motif.setWidthFull();
        Saisie.limiter(motif, Dossier.LONGUEUR_TEXTE_EVENEMENT);
        var erreur = erreur("erreur-clore-dossier");
        var bouton = new Button(getTranslation("dossier.clore.bouton"));
        bouton.setId("clore-dossier-bouton");
        bouton.setDisableOnClick(true);
        bouton.addClickListener(e -> {
            try {
                if (motif.getValue().isBlank()) {
                    motif.setErrorMessage(getTranslation("parcours.refus.motif.vide"));
                    motif.setInvalid(true);
                    return;
                }
                parcours.cloreDossier(beneficiaireId, motif.getValue());
                succes("dossier.clore.ok");
            } catch (SaisieRefusee refus) {
                Saisie.montrer(refus, Map.of("motif", motif));
            } catch (OperationRefusee refus) {
                erreur.setText(getTranslation(refus.cle()));
            } finally {
                bouton.setEnabled(true);
            }
        });
        section.add(motif, bouton, erreur);
        return section;
    }

    private Select<ValeurReference> selectReference(Referentiel referentiel, String cle, String id) {
        var select = new Select<ValeurReference>();
        select.setLabel(getTranslation(cle));
        select.setItems(referentiels.valeurs(referentiel));
        select.setItemLabelGenerator(v -> v == null ? getTranslation("dossier.nonrenseigne") : v.libelle());
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(getTranslation("dossier.nonrenseigne"));
        select.setId(id);
        return select;
    }

    private DatePicker datePicker(String cle) {
        var date = fr.portailcep.shared.ui.Dates.selecteur(getTranslation(cle));
        date.setValue(LocalDate.now(horloge));
        date.setMax(LocalDate.now(horloge));
        return date;
    }

    private Paragraph erreur(String id) {
        var erreur = new Paragraph();
        erreur.addClassName("pc-erreur");
        erreur.setId(id);
        erreur.getElement().setAttribute("role", "alert");
        return erreur;
    }

    private void succes(String cle) {
        Notification.show(getTranslation(cle), 5000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        rafraichir.run();
    }

    private static String code(Select<ValeurReference> select) {
        return select.getValue() == null ? null : select.getValue().code();
    }
}
