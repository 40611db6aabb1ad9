package fr.portailcep.reclamation;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.portailcep.beneficiaire.Beneficiaire;
import fr.portailcep.beneficiaire.BeneficiaireService;
import fr.portailcep.compte.ActionAudit;
import fr.portailcep.compte.Compte;
import fr.portailcep.compte.CompteService;
import fr.portailcep.compte.JournalAudit;
import fr.portailcep.compte.Role;
import fr.portailcep.messagerie.FichierEnvoye;
import fr.portailcep.messagerie.PieceJointeRefusee;
import fr.portailcep.messagerie.VerificationPieceJointe;
import fr.portailcep.operateur.PolitiqueAcces;
import fr.portailcep.parcours.NumeroDossier;
import fr.portailcep.parcours.UnitesALivrable;
import fr.portailcep.shared.ActeRefuse;
import fr.portailcep.shared.Introuvable;
import fr.portailcep.shared.SaisieRefusee;
import fr.portailcep.shared.Saisies;

/**
 * The réclamations (CCTP §3.7). The person files and follows their own; the correspondants médiation (the managers)
 * of the person's team — the one access policy, {@code PolitiqueAcces}, each read journaled — record letters,
 * acknowledge, assign, note and answer. A réclamation the caller may not see looks like one that does not exist
 * ({@code Introuvable}). What may happen next is the aggregate's answer ({@link VueReclamation#actes()}).
 * <p>
 * CONTRACT (issue 11): signatures fixed for the screens; the bodies are written by the réclamation backend.
 */
@Service
public class ReclamationsService {

    private final ReclamationRepository reclamations;
    private final Numerotation numerotation;
    private final JdbcClient jdbc;
    private final PolitiqueAcces politique;
    private final CompteService comptes;
    private final BeneficiaireService beneficiaires;
    private final UnitesALivrable unites;
    private final JournalAudit journal;
    private final NotificationsReclamations notifications;
    private final LettreReclamation lettres;
    private final Clock horloge;
    private final ZoneId zone;

    ReclamationsService(ReclamationRepository reclamations, Numerotation numerotation, JdbcClient jdbc,
            PolitiqueAcces politique, CompteService comptes, BeneficiaireService beneficiaires, UnitesALivrable unites,
            JournalAudit journal, NotificationsReclamations notifications, LettreReclamation lettres, Clock horloge,
            @Value("${portail.fuseau-horaire:Europe/Paris}") ZoneId zone) {
        this.reclamations = reclamations;
        this.numerotation = numerotation;
        this.jdbc = jdbc;
        this.politique = politique;
        this.comptes = comptes;
        this.beneficiaires = beneficiaires;
        this.unites = unites;
        this.journal = journal;
        this.notifications = notifications;
        this.lettres = lettres;
        this.horloge = horloge;
        this.zone = zone;
    }

    /** The reference list of motives, in its order (active ones only). */
    @Transactional(readOnly = true)
    public List<MotifReclamation> motifs() {
        return jdbc.sql("select code, libelle from motif_reclamation where actif order by ordre, code")
                .query(MotifReclamation.class).list();
    }

    /**
     * The person signed in files a réclamation: received now, acknowledged at once (email + in the portal), the
     * answer due 45 days later. Refusals: {@code SaisieRefusee} on {@code motif}, {@code faits}, {@code attentes},
     * {@code pieces}.
     */
    @PreAuthorize("hasRole('BENEFICIAIRE')")
    @Transactional
    public VueReclamation deposer(NouvelleReclamation reclamation) {
        var saisie = verifier(reclamation);
        var moi = comptes.exigerCompteConnecte();
        var personne = beneficiaires.parCompte(moi.id()).orElseThrow(Introuvable::new);
        politique.exigerActe(personne.id(), "RECLAMATION_DEPOSER");
        var maintenant = horloge.instant();
        var r = new Reclamation(numerotation.suivant(aujourdhui().getYear()), personne.id(), CanalReclamation.EN_LIGNE,
                saisie.motif(), saisie.faits(), saisie.attentes(), aujourdhui(), maintenant, moi.id());
        saisie.pieces().forEach(r::joindre);
        accuser(r, personne, null);
        reclamations.saveAndFlush(r);
        return vue(r, moi);
    }

    /** The person signed in: their réclamations, the latest first. */
    @PreAuthorize("hasRole('BENEFICIAIRE')")
    @Transactional(readOnly = true)
    public List<ResumeReclamation> mesReclamations() {
        var moi = comptes.exigerCompteConnecte();
        var personne = beneficiaires.parCompte(moi.id()).orElseThrow(Introuvable::new);
        politique.exigerLecture(personne.id(), ActionAudit.LECTURE_RECLAMATION, null);
        var motifs = libellesMotifs();
        var aujourdhui = aujourdhui();
        return reclamations.findByBeneficiaireIdOrderByRecueLeDescNumeroDesc(personne.id()).stream()
                .map(r -> resume(r, "", motifs, Map.of(), aujourdhui)).toList();
    }

    /** The person or a correspondant of their team (journaled). */
    @PreAuthorize("hasAnyRole('BENEFICIAIRE', 'MANAGER')")
    @Transactional(readOnly = true)
    public VueReclamation parId(UUID reclamationId) {
        var r = lire(reclamationId, null);
        return vue(r, comptes.exigerCompteConnecte());
    }

    /** An attachment's content (the person or a correspondant of their team, journaled). */
    @PreAuthorize("hasAnyRole('BENEFICIAIRE', 'MANAGER')")
    @Transactional(readOnly = true)
    public byte[] piece(UUID reclamationId, UUID pieceId) {
        var beneficiaire = jdbc.sql("select beneficiaire_id from reclamation where id = :id").param("id", reclamationId)
                .query(UUID.class).optional().orElseThrow(Introuvable::new);
        politique.exigerLecture(beneficiaire, ActionAudit.LECTURE_PIECE_JOINTE, "réclamation " + reclamationId);
        return jdbc.sql("select contenu from piece_reclamation where id = :piece and reclamation_id = :id")
                .param("piece", pieceId).param("id", reclamationId).query(byte[].class).optional()
                .orElseThrow(Introuvable::new);
    }

    /** The answer letter, PDF/A with the médiateur mention (once the answer is sent). */
    @PreAuthorize("hasAnyRole('BENEFICIAIRE', 'MANAGER')")
    @Transactional(readOnly = true)
    public byte[] lettreReponse(UUID reclamationId) {
        var r = lire(reclamationId, "lettre");
        if (r.reponse() == null) {
            throw new Introuvable();
        }
        return lettres.pdf(lettre(r, beneficiaires.parIdPourLeSysteme(r.beneficiaireId()).orElse(null)));
    }

    /** The person: whether the answer suits them ({@code raison} required when it does not). */
    @PreAuthorize("hasRole('BENEFICIAIRE')")
    @Transactional
    public VueReclamation donnerAvis(UUID reclamationId, boolean satisfait, String raison) {
        var propre = Saisies.ouNull(Saisies.texte("raison", raison, Reclamation.LONGUEUR_RAISON));
        if (!satisfait && propre == null) {
            throw SaisieRefusee.de("raison", "reclamation.erreur.raison.requise");
        }
        var moi = comptes.exigerCompteConnecte();
        var r = reclamations.findById(reclamationId).orElseThrow(Introuvable::new);
        // A person sees only themself (acces_personne): another person's réclamation is "introuvable".
        politique.exigerActe(r.beneficiaireId(), "RECLAMATION_AVIS");
        r.donnerAvis(satisfait, propre, horloge.instant(), moi.id(), aujourdhui());
        reclamations.saveAndFlush(r);
        return vue(r, moi);
    }

    // ------------------------------------------------------------------ correspondant médiation's desk

    /** The réclamations of the people the manager may see, open ones first, by next due date. */
    @PreAuthorize("hasRole('MANAGER')")
    @Transactional(readOnly = true)
    public List<ResumeReclamation> bureau() {
        var moi = comptes.exigerCompteConnecte();
        var visibles = reclamations.visibles(moi.id());
        var noms = beneficiaires.nomsPourLeSysteme(visibles.stream().map(Reclamation::beneficiaireId).toList());
        var motifs = libellesMotifs();
        var assignes = new HashMap<UUID, String>();
        visibles.stream().map(Reclamation::assigneA).filter(Objects::nonNull).distinct()
                .forEach(id -> assignes.put(id, comptes.parId(id).map(Compte::nomAffiche).orElse("")));
        var aujourdhui = aujourdhui();
        var resultat = new ArrayList<>(visibles.stream()
                .map(r -> resume(r, noms.get(r.beneficiaireId()), motifs, assignes, aujourdhui)).toList());
        resultat.sort(Comparator.comparing((ResumeReclamation r) -> r.echeance() == null)
                .thenComparing(ResumeReclamation::echeance, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(ResumeReclamation::recueLe, Comparator.reverseOrder()));
        journal.lecture(ActionAudit.LECTURE_LISTE, null, "réclamations : " + resultat.size());
        return resultat;
    }

    /** A letter or email received on {@code recueLe}: recorded, the clocks counted from that date. */
    @PreAuthorize("hasRole('MANAGER')")
    @Transactional
    public VueReclamation enregistrer(ReclamationRecue reclamation) {
        if (reclamation == null) {
            throw SaisieRefusee.de("faits", "reclamation.erreur.faits.requis");
        }
        var aujourdhui = aujourdhui();
        SaisieRefusee refusDate = null;
        var probleme = DelaisReclamation.probleme(reclamation.recueLe(), aujourdhui);
        if (reclamation.canal() == CanalReclamation.EN_LIGNE || reclamation.canal() == null) {
            refusDate = SaisieRefusee.de("canal", "reclamation.erreur.canal");
        } else if (probleme.isPresent()) {
            refusDate = SaisieRefusee.de("recueLe", probleme.get(),
                    fr.portailcep.shared.Formats.francais().dateLongue(aujourdhui.minusDays(
                            DelaisReclamation.ANCIENNETE_MAX_JOURS)));
        }
        Saisie saisie;
        try {
            saisie = verifier(reclamation.reclamation());
        } catch (SaisieRefusee e) {
            if (refusDate == null) {
                throw e;
            }
            var tout = new java.util.LinkedHashMap<>(refusDate.erreurs());
            tout.putAll(e.erreurs());
            throw new SaisieRefusee(tout);
        }
        if (refusDate != null) {
            throw refusDate;
        }
        if (reclamation.beneficiaireId() == null) {
            throw new Introuvable();
        }
        politique.exigerActe(reclamation.beneficiaireId(), "RECLAMATION_ENREGISTRER");
        var moi = comptes.exigerCompteConnecte();
        var r = new Reclamation(numerotation.suivant(aujourdhui.getYear()), reclamation.beneficiaireId(),
                reclamation.canal(), saisie.motif(), saisie.faits(), saisie.attentes(), reclamation.recueLe(),
                horloge.instant(), moi.id());
        saisie.pieces().forEach(r::joindre);
        reclamations.saveAndFlush(r);
        return vue(r, moi);
    }

    /** Sends the acknowledgement (email, in the portal) of a réclamation received by letter or email. */
    @PreAuthorize("hasRole('MANAGER')")
    @Transactional
    public VueReclamation accuserReception(UUID reclamationId) {
        var r = agir(reclamationId, "RECLAMATION_ACCUSER");
        var moi = comptes.exigerCompteConnecte();
        accuser(r, beneficiaires.parIdPourLeSysteme(r.beneficiaireId()).orElse(null), moi.id());
        reclamations.saveAndFlush(r);
        return vue(r, moi);
    }

    /** The correspondants it may be assigned to (managers of the person's team). */
    @PreAuthorize("hasRole('MANAGER')")
    @Transactional(readOnly = true)
    public List<Collegue> collegues(UUID reclamationId) {
        var r = agir(reclamationId, "RECLAMATION_COLLEGUES");
        return correspondants(r.beneficiaireId()).stream().map(c -> new Collegue(c.id(), c.nomAffiche()))
                .sorted(Comparator.comparing(Collegue::nom)).toList();
    }

    @PreAuthorize("hasRole('MANAGER')")
    @Transactional
    public VueReclamation assigner(UUID reclamationId, UUID compteId) {
        var r = agir(reclamationId, "RECLAMATION_ASSIGNER");
        if (compteId != null && correspondants(r.beneficiaireId()).stream().noneMatch(c -> c.id().equals(compteId))) {
            throw ActeRefuse.surLeChamp("compteId", "reclamation.refus.collegue");
        }
        var moi = comptes.exigerCompteConnecte();
        r.assigner(compteId, horloge.instant(), moi.id(), aujourdhui());
        reclamations.saveAndFlush(r);
        return vue(r, moi);
    }

    /** An internal note, never shown to the person. */
    @PreAuthorize("hasRole('MANAGER')")
    @Transactional
    public VueReclamation noter(UUID reclamationId, String note) {
        var texte = Saisies.ouNull(Saisies.texte("note", note, Reclamation.LONGUEUR_NOTE));
        if (texte == null) {
            throw SaisieRefusee.de("note", "reclamation.erreur.note.requise");
        }
        var r = agir(reclamationId, "RECLAMATION_NOTER");
        var moi = comptes.exigerCompteConnecte();
        r.ajouterNote(texte, horloge.instant(), moi.id(), aujourdhui());
        reclamations.saveAndFlush(r);
        return vue(r, moi);
    }

    /** Saves the draft of the answer. */
    @PreAuthorize("hasRole('MANAGER')")
    @Transactional
    public VueReclamation enregistrerBrouillon(UUID reclamationId, String reponse) {
        var texte = Saisies.ouNull(Saisies.texte("reponse", reponse, Reclamation.LONGUEUR_REPONSE));
        var r = agir(reclamationId, "RECLAMATION_BROUILLON");
        var moi = comptes.exigerCompteConnecte();
        r.enregistrerBrouillon(texte, horloge.instant(), moi.id(), aujourdhui());
        reclamations.saveAndFlush(r);
        return vue(r, moi);
    }

    /**
     * Sends the answer: by email (with the PDF letter), in the portal, and as a PDF letter to print; the person is
     * then asked whether it suits them.
     */
    @PreAuthorize("hasRole('MANAGER')")
    @Transactional
    public VueReclamation envoyerReponse(UUID reclamationId, String reponse) {
        var texte = Saisies.ouNull(Saisies.texte("reponse", reponse, Reclamation.LONGUEUR_REPONSE));
        if (texte == null) {
            throw SaisieRefusee.de("reponse", "reclamation.erreur.reponse.requise");
        }
        var r = agir(reclamationId, "RECLAMATION_REPONDRE");
        var moi = comptes.exigerCompteConnecte();
        r.repondre(texte, horloge.instant(), moi.id(), aujourdhui());
        reclamations.saveAndFlush(r);
        var personne = beneficiaires.parIdPourLeSysteme(r.beneficiaireId()).orElse(null);
        if (NotificationsReclamations.joignable(personne)) {
            notifications.reponse(personne, r, lettres.pdf(lettre(r, personne)));
        }
        return vue(r, moi);
    }

    /** Figures for the manager's charts, over the manager's sites (indicator 8.7, motives, answered in time). */
    @PreAuthorize("hasRole('MANAGER')")
    @Transactional(readOnly = true)
    public IndicateursReclamations indicateurs(YearMonth du, YearMonth au) {
        var moi = comptes.exigerCompteConnecte();
        if (du == null || au == null || au.isBefore(du)) {
            throw new ActeRefuse("reclamation.refus.periode");
        }
        var fuseau = zone;
        var lignes = jdbc.sql("""
                select r.recue_le, r.motif, r.repondu_le, r.portee_au_mediateur_le is not null as portee
                from reclamation r
                where r.recue_le between :du and :au
                  and exists (select 1 from acces_personne a where a.compte_id = :moi and a.beneficiaire_id = r.beneficiaire_id)
                """).param("du", Date.valueOf(du.atDay(1))).param("au", Date.valueOf(au.atEndOfMonth()))
                .param("moi", moi.id())
                .query((rs, i) -> new CalculIndicateurs.Ligne(rs.getDate(1).toLocalDate(), rs.getString(2),
                        rs.getTimestamp(3) == null ? null
                                : rs.getTimestamp(3).toInstant().atZone(fuseau).toLocalDate(),
                        rs.getBoolean(4)))
                .list();
        var motifs = jdbc.sql("select code, libelle, actif from motif_reclamation order by ordre, code")
                .query((rs, i) -> new CalculIndicateurs.MotifAvecEtat(
                        new MotifReclamation(rs.getString(1), rs.getString(2)), rs.getBoolean(3)))
                .list();
        return CalculIndicateurs.calculer(lignes, du, au, motifs);
    }

    // ------------------------------------------------------------------ internals

    /** The texts and attachments of a réclamation, checked: every refusal at once, beside its field. */
    private record Saisie(String motif, String faits, String attentes, List<PieceReclamation> pieces) {
    }

    private Saisie verifier(NouvelleReclamation reclamation) {
        if (reclamation == null) {
            throw SaisieRefusee.de("faits", "reclamation.erreur.faits.requis");
        }
        var v = Saisies.verification();
        var motif = v.ligne("motif", reclamation.motif(), 40);
        var faits = v.texte("faits", reclamation.faits(), NouvelleReclamation.LONGUEUR_FAITS);
        var attentes = v.texte("attentes", reclamation.attentes(), NouvelleReclamation.LONGUEUR_ATTENTES);
        if (!v.refuse("motif") && (motif == null || motif.isEmpty() || !motifActif(motif))) {
            v.refuser("motif", "reclamation.erreur.motif");
        }
        if (!v.refuse("faits") && (faits == null || faits.isEmpty())) {
            v.refuser("faits", "reclamation.erreur.faits.requis");
        }
        var pieces = new ArrayList<PieceReclamation>();
        var fichiers = reclamation.pieces() == null ? List.<FichierEnvoye>of() : reclamation.pieces();
        long total = 0;
        for (var fichier : fichiers) {
            if (fichier == null) {
                continue;
            }
            var taille = fichier.contenu() == null ? 0 : fichier.contenu().length;
            var place = VerificationPieceJointe.place(pieces.size(), total, taille);
            if (place.isPresent()) {
                refuserPiece(v, fichier.nom(), place.get());
                break;
            }
            switch (VerificationPieceJointe.verifier(fichier.nom(), fichier.contenu())) {
                case VerificationPieceJointe.Acceptee a -> {
                    pieces.add(new PieceReclamation(a.nom(), a.typeMime(), a.contenu()));
                    total += taille;
                }
                case VerificationPieceJointe.Refusee r -> refuserPiece(v, fichier.nom(), r.motif());
            }
            if (v.refuse(PieceJointeRefusee.CHAMP)) {
                break;
            }
        }
        v.exiger();
        return new Saisie(motif, faits, Saisies.ouNull(attentes), pieces);
    }

    private static void refuserPiece(Saisies.Verification v, String nom, VerificationPieceJointe.Motif motif) {
        v.refuser(PieceJointeRefusee.CHAMP, PieceJointeRefusee.cle(motif),
                Saisies.assainir(nom == null ? "" : nom, 120), VerificationPieceJointe.TAILLE_MAX_MO,
                VerificationPieceJointe.TAILLE_TOTALE_MAX_MO);
    }

    private boolean motifActif(String code) {
        return jdbc.sql("select exists (select 1 from motif_reclamation where code = :code and actif)")
                .param("code", code).query(Boolean.class).single();
    }

    /** Acknowledges: by email when the person has an address, else to be printed and posted (the history says so). */
    private void accuser(Reclamation r, Beneficiaire personne, UUID par) {
        var parCourriel = NotificationsReclamations.joignable(personne);
        r.accuser(horloge.instant(), par, parCourriel, aujourdhui());
        if (parCourriel) {
            notifications.accuse(personne, r);
        }
    }

    /** The réclamation, read by the person or a correspondant of their team (journaled); "introuvable" otherwise. */
    private Reclamation lire(UUID reclamationId, String objet) {
        var r = reclamations.findById(reclamationId).orElseThrow(Introuvable::new);
        politique.exigerLecture(r.beneficiaireId(), ActionAudit.LECTURE_RECLAMATION,
                r.numero() + (objet == null ? "" : " " + objet));
        return r;
    }

    /** The réclamation a correspondant of the person's team acts on. */
    private Reclamation agir(UUID reclamationId, String acte) {
        var r = reclamations.findById(reclamationId).orElseThrow(Introuvable::new);
        politique.exigerActe(r.beneficiaireId(), acte);
        return r;
    }

    /** The managers of the person's team (the correspondants médiation), active ones. */
    private List<Compte> correspondants(UUID beneficiaireId) {
        var equipe = politique.equipe(beneficiaireId);
        return comptes.parRole(Role.MANAGER).stream().filter(Compte::actif).filter(c -> equipe.contains(c.id()))
                .toList();
    }

    private LocalDate aujourdhui() {
        return LocalDate.ofInstant(horloge.instant(), zone);
    }

    private Map<String, String> libellesMotifs() {
        var libelles = new HashMap<String, String>();
        jdbc.sql("select code, libelle from motif_reclamation").query((rs, i) -> libelles.put(rs.getString(1),
                rs.getString(2))).list();
        return libelles;
    }

    private LettreReclamation.Contenu lettre(Reclamation r, Beneficiaire personne) {
        var auteur = r.reponduPar() == null ? "" : comptes.parId(r.reponduPar()).map(Compte::nomAffiche).orElse("");
        return LettreReclamation.Contenu.de(r, personne == null ? "" : personne.nomAffiche(),
                unites.numero(r.beneficiaireId()).map(NumeroDossier::affiche).orElse(null),
                libellesMotifs().getOrDefault(r.motif(), r.motif()), auteur, zone);
    }

    private ResumeReclamation resume(Reclamation r, String personne, Map<String, String> motifs,
            Map<UUID, String> assignes, LocalDate aujourdhui) {
        return new ResumeReclamation(r.id(), r.numero(), r.beneficiaireId(), personne,
                motifs.getOrDefault(r.motif(), r.motif()), r.etat(), r.recueLe(), r.accuseAvant(), r.reponseAvant(),
                r.echeance().orElse(null), r.enRetard(aujourdhui),
                r.assigneA() == null ? null : assignes.get(r.assigneA()));
    }

    private VueReclamation vue(Reclamation r, Compte moi) {
        var correspondant = moi.role() != Role.BENEFICIAIRE;
        var qui = correspondant ? Reclamation.Qui.CORRESPONDANT : Reclamation.Qui.PERSONNE;
        var noms = new HashMap<UUID, String>();
        java.util.function.Function<UUID, String> nom = id -> id == null ? null
                : noms.computeIfAbsent(id, i -> comptes.parId(i).map(Compte::nomAffiche).orElse(""));
        var personne = beneficiaires.parIdPourLeSysteme(r.beneficiaireId());
        var motifs = libellesMotifs();
        var pieces = jdbc.sql("""
                select id, nom, type_mime, taille from piece_reclamation where reclamation_id = :id order by nom, id
                """).param("id", r.id())
                .query((rs, i) -> new VueReclamation.Piece(rs.getObject(1, UUID.class), rs.getString(2),
                        rs.getString(3), rs.getLong(4)))
                .list();
        var notes = correspondant ? r.notes().stream()
                .map(n -> new VueReclamation.Note(n.le(), nom.apply(n.auteurId()), n.texte())).toList()
                : List.<VueReclamation.Note>of();
        var cachees = new LinkedHashSet<>(List.of("reclamation.historique.note", "reclamation.historique.brouillon",
                "reclamation.historique.assignee"));
        var historique = r.historique().stream()
                .filter(e -> correspondant || !cachees.contains(e.cle()))
                .map(e -> new VueReclamation.Etape(e.le(), e.cle(), correspondant ? nom.apply(e.auteurId()) : null))
                .toList();
        return new VueReclamation(r.id(), r.numero(), r.beneficiaireId(),
                personne.map(Beneficiaire::nomAffiche).orElse(""),
                unites.numero(r.beneficiaireId()).map(NumeroDossier::affiche).orElse(null), r.canal(),
                new MotifReclamation(r.motif(), motifs.getOrDefault(r.motif(), r.motif())), r.faits(), r.attentes(),
                r.recueLe(), r.accuseAvant(), r.accuseLe(), r.reponseAvant(), correspondant ? r.brouillon() : null,
                r.reponduLe(), r.reponse(), r.avisSatisfait(), r.raisonAvis(), r.etat(), r.assigneA(),
                nom.apply(r.assigneA()), pieces, notes, historique, r.actesPossibles(qui, aujourdhui()),
                r.porteeAuMediateurLe(), r.saisineId());
    }
}
