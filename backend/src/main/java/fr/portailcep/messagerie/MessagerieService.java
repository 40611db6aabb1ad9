package fr.portailcep.messagerie;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

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
import fr.portailcep.parcours.AccesDossiers;
import fr.portailcep.parcours.ElementIntrouvable;
import fr.portailcep.shared.Saisies;
import fr.portailcep.shared.Textes;

/**
 * Messages between a person and their référent, or the team when they have none yet: the person writes "sans
 * préalable formel" (CCTP §2.1.3). Every method checks the role and the right to the thread: a person reads only
 * their own threads and attachments, by whatever id.
 */
@Service
public class MessagerieService {

    private final FilMessagesRepository fils;
    private final PieceJointeRepository pieces;
    private final AccesDossiers acces;
    private final JournalAudit journal;
    private final CompteService comptes;
    private final BeneficiaireService beneficiaires;
    private final NotificationsMessagerie notifications;
    private final Textes textes;
    private final Clock horloge;

    MessagerieService(FilMessagesRepository fils, PieceJointeRepository pieces, AccesDossiers acces, JournalAudit journal,
            CompteService comptes, BeneficiaireService beneficiaires, NotificationsMessagerie notifications,
            Textes textes, Clock horloge) {
        this.fils = fils;
        this.pieces = pieces;
        this.acces = acces;
        this.journal = journal;
        this.comptes = comptes;
        this.beneficiaires = beneficiaires;
        this.notifications = notifications;
        this.textes = textes;
        this.horloge = horloge;
    }

    // ---------------------------------------------------------------- the person

    /** The threads of the person signed in, latest first, with their unread count. */
    @PreAuthorize("hasRole('BENEFICIAIRE')")
    @Transactional(readOnly = true)
    public List<ResumeFil> mesFils() {
        return fils.findByBeneficiaireIdOrderByDernierMessageLeDesc(acces.monBeneficiaireId()).stream()
                .map(f -> new ResumeFil(f, "", f.nonLusPour(true))).toList();
    }

    /** How many messages the person has not read, for the menu and the home. */
    @PreAuthorize("hasRole('BENEFICIAIRE')")
    @Transactional(readOnly = true)
    public long nonLus() {
        return fils.findByBeneficiaireIdOrderByDernierMessageLeDesc(acces.monBeneficiaireId()).stream()
                .mapToLong(f -> f.nonLusPour(true)).sum();
    }

    /** The person starts a thread with their référent (or the team). */
    @PreAuthorize("hasRole('BENEFICIAIRE')")
    @Transactional
    public FilMessages nouveauFil(String sujet, String texte, List<FichierEnvoye> fichiers) {
        var saisie = Saisies.verification();
        sujet = saisie.ligne("sujet", sujet, FilMessages.LONGUEUR_SUJET);
        texte = saisie.texte("texte", texte, FilMessages.LONGUEUR_MAX);
        saisie.exiger();
        var beneficiaireId = acces.monBeneficiaireId();
        var fil = new FilMessages(beneficiaireId, sujet(sujet), horloge.instant());
        ecrire(fil, texte, fichiers);
        return fil;
    }

    // ---------------------------------------------------------------- the team

    /**
     * The inbox of the member of the team signed in: threads of the people they follow and of those who have no
     * référent yet, the longest wait first.
     */
    @PreAuthorize("hasAnyRole('CONSEILLER', 'MANAGER')")
    @Transactional(readOnly = true)
    public List<ResumeFil> boite() {
        var moi = acces.moi();
        var visibles = fils.visiblesParAttente(moi.id());
        var noms = beneficiaires.nomsPourLeSysteme(visibles.stream().map(FilMessages::beneficiaireId).toList());
        var resultat = new ArrayList<ResumeFil>();
        for (var fil : visibles) {
            if (!pourMoi(moi, fil.beneficiaireId())) {
                continue;
            }
            resultat.add(new ResumeFil(fil, noms.get(fil.beneficiaireId()), fil.nonLusPour(false)));
        }
        journal.lecture(ActionAudit.LECTURE_LISTE, null, "boîte de messages : " + resultat.size() + " fil(s)");
        resultat.sort(Comparator.comparing((ResumeFil r) -> r.fil().attenteDepuis().orElse(null),
                Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(r -> r.fil().dernierMessageLe(), Comparator.reverseOrder()));
        return resultat;
    }

    /** The threads of one person, for their team. */
    @PreAuthorize("hasAnyRole('CONSEILLER', 'MANAGER')")
    @Transactional(readOnly = true)
    public List<ResumeFil> filsDe(UUID beneficiaireId) {
        acces.exigerLecture(beneficiaireId, ActionAudit.LECTURE_MESSAGES);
        return fils.findByBeneficiaireIdOrderByDernierMessageLeDesc(beneficiaireId).stream()
                .map(f -> new ResumeFil(f, "", f.nonLusPour(false))).toList();
    }

    /** A member of the team writes first to a person. */
    @PreAuthorize("hasRole('CONSEILLER')")
    @Transactional
    public FilMessages ecrireA(UUID beneficiaireId, String sujet, String texte, List<FichierEnvoye> fichiers) {
        var saisie = Saisies.verification();
        sujet = saisie.ligne("sujet", sujet, FilMessages.LONGUEUR_SUJET);
        texte = saisie.texte("texte", texte, FilMessages.LONGUEUR_MAX);
        saisie.exiger();
        acces.exiger(beneficiaireId, "ECRIRE");
        var fil = new FilMessages(beneficiaireId, sujet(sujet), horloge.instant());
        ecrire(fil, texte, fichiers);
        return fil;
    }

    // ---------------------------------------------------------------- both

    /** Opens a thread: its messages and attachments; the other side's messages become read. */
    @PreAuthorize("hasAnyRole('BENEFICIAIRE', 'CONSEILLER', 'MANAGER')")
    @Transactional
    public FilDetaille ouvrir(UUID filId) {
        var fil = fils.findById(filId).orElseThrow(ElementIntrouvable::new);
        acces.exigerLecture(fil.beneficiaireId(), ActionAudit.LECTURE_MESSAGES);
        fil.messages();
        var moi = acces.moi();
        fil.lirePar(moi.role() == Role.BENEFICIAIRE, horloge.instant());
        fils.saveAndFlush(fil);
        var messages = fil.messages();
        var infos = messages.isEmpty() ? List.<InfoPieceJointe>of()
                : pieces.infos(messages.stream().map(Message::id).toList());
        var auteurs = new HashMap<UUID, String>();
        messages.forEach(m -> auteurs.computeIfAbsent(m.auteurId(),
                id -> comptes.parId(id).map(Compte::nomAffiche).orElse("")));
        var personne = moi.role() == Role.BENEFICIAIRE ? moi.nomAffiche()
                : beneficiaires.parIdPourLeSysteme(fil.beneficiaireId()).map(Beneficiaire::nomAffiche).orElse("");
        return new FilDetaille(fil, infos, auteurs, personne);
    }

    /** Answers in a thread, with attachments checked by their content. */
    @PreAuthorize("hasAnyRole('BENEFICIAIRE', 'CONSEILLER')")
    @Transactional
    public Message repondre(UUID filId, String texte, List<FichierEnvoye> fichiers) {
        texte = Saisies.texte("texte", texte, FilMessages.LONGUEUR_MAX);
        var fil = fils.findById(filId).orElseThrow(ElementIntrouvable::new);
        acces.exiger(fil.beneficiaireId(), "REPONDRE");
        fil.messages();
        return ecrire(fil, texte, fichiers);
    }

    /** An attachment, for the person it belongs to and their team only (the download handler calls this). */
    @PreAuthorize("hasAnyRole('BENEFICIAIRE', 'CONSEILLER', 'MANAGER')")
    @Transactional(readOnly = true)
    public ContenuPieceJointe piece(UUID pieceId) {
        var beneficiaire = pieces.beneficiaireDe(pieceId).stream().findFirst().orElseThrow(ElementIntrouvable::new);
        acces.exigerLecture(beneficiaire, ActionAudit.LECTURE_PIECE_JOINTE);
        var piece = pieces.findById(pieceId).orElseThrow(ElementIntrouvable::new);
        return new ContenuPieceJointe(piece.nom(), piece.typeMime(), piece.contenu());
    }

    // ---------------------------------------------------------------- internals

    private Message ecrire(FilMessages fil, String texte, List<FichierEnvoye> fichiers) {
        var moi = acces.moi();
        var propre = texte == null ? "" : Saisies.texte("texte", texte, FilMessages.LONGUEUR_MAX);
        var listes = fichiers == null ? List.<FichierEnvoye>of() : fichiers;
        Message.exigerEnvoyable(propre, listes.size(),
                listes.stream().mapToLong(f -> f.contenu() == null ? 0 : f.contenu().length).sum());
        // Checked again here: the view's check is for the person's comfort, this one is the rule.
        var verifiees = new ArrayList<VerificationPieceJointe.Acceptee>();
        for (var fichier : listes) {
            switch (VerificationPieceJointe.verifier(fichier.nom(), fichier.contenu())) {
                case VerificationPieceJointe.Acceptee a -> verifiees.add(a);
                case VerificationPieceJointe.Refusee r -> throw new PieceJointeRefusee(fichier.nom(), r.motif());
            }
        }
        var deBeneficiaire = moi.role() == Role.BENEFICIAIRE;
        var message = new Message(fil, moi.id(), deBeneficiaire, propre, horloge.instant());
        var premier = fil.ecrire(message);
        fils.saveAndFlush(fil);
        verifiees.forEach(v -> pieces.save(new PieceJointe(message.id(), v)));
        if (premier) {
            if (deBeneficiaire) {
                acces.interlocuteur(fil.beneficiaireId()).flatMap(comptes::parId)
                        .ifPresent(c -> notifications.messagePourEquipe(c, fil, message));
            } else {
                beneficiaires.parIdPourLeSysteme(fil.beneficiaireId())
                        .ifPresent(b -> notifications.messagePourPersonne(b, fil, message));
            }
        }
        return message;
    }

    /**
     * A thread (of a person this member of staff may see) goes to the person's interlocutor; with none, to every
     * member of the team.
     */
    private boolean pourMoi(Compte moi, UUID beneficiaireId) {
        if (moi.role() == Role.MANAGER) {
            return true;
        }
        return acces.interlocuteur(beneficiaireId).map(moi.id()::equals).orElse(true);
    }

    private String sujet(String sujet) {
        if (sujet == null || sujet.isBlank()) {
            return textes.get("messagerie.sujet.defaut");
        }
        return Saisies.ligne("sujet", sujet, FilMessages.LONGUEUR_SUJET);
    }

    Optional<FilMessages> fil(UUID id) {
        return fils.findById(id);
    }
}
