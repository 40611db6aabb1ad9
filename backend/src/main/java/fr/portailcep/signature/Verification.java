package fr.portailcep.signature;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.tsp.TimeStampToken;

import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.cbor.CBORMapper;

/**
 * Checks a sealed document from its bytes alone, without the portal, its database or Spring (the public page and
 * {@link VerifierFichier} share it): the operator's seal (CMS signature valid, byte range covering the whole file,
 * ESS signing-certificate-v2, signing certificate named, demo seal flagged, timestamp if any), the attachments (the
 * original PDF and {@value FormatPreuves#FICHIER_PREUVES}), each signer's act (for a passkey: the challenge
 * recomputed as SHA-256 of the manifest, the WebAuthn signature checked with the public key in the evidence, the
 * manifest's document hash equal to the SHA-256 of the attached original), and the hash chain of the journal.
 * <p>
 * The operator's certificates, when given, are the only seals accepted: a document re-sealed by anyone else is not
 * intact. Without them the seal's identity is not checked, which the report says.
 */
public final class Verification {

    private static final String CADES = "ETSI.CAdES.detached";

    private static final ZoneId FUSEAU = ZoneId.of("Europe/Paris");

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy 'à' H'h'mm",
            Locale.FRANCE);

    private final Set<String> operateur = new HashSet<>();

    private final ResourceBundle textes = ResourceBundle.getBundle("i18n.cachet", Locale.FRENCH);

    /** @param certificatsOperateur the operator's seal certificates; empty: the seal's identity is not checked */
    public Verification(Collection<X509Certificate> certificatsOperateur) {
        for (var certificat : certificatsOperateur) {
            try {
                operateur.add(FormatPreuves.sha256Hex(certificat.getEncoded()));
            } catch (CertificateEncodingException e) {
                throw new IllegalArgumentException(e);
            }
        }
    }

    /** The report on a file, however broken: never throws on bad input. */
    public RapportVerification verifier(byte[] pdf) {
        var rapport = new Rapport();
        try (var document = Loader.loadPDF(pdf)) {
            verifierCachet(pdf, document, rapport);
            var pieces = pieces(document, rapport);
            verifierPreuves(pieces, rapport);
        } catch (IOException e) {
            rapport.echec(t("verification.illisible"));
        } catch (RuntimeException e) {
            rapport.echec(t("verification.incoherent", String.valueOf(e.getMessage())));
        }
        return rapport.fin();
    }

    // ---------------------------------------------------------------------------------------------------------
    // The seal

    private void verifierCachet(byte[] pdf, PDDocument document, Rapport rapport) throws IOException {
        var signatures = document.getSignatureDictionaries();
        if (signatures.isEmpty()) {
            rapport.echec(t("verification.cachet.absent"));
            return;
        }
        PDSignature cachet = signatures.getLast();
        for (var signature : signatures) {
            var plage = signature.getByteRange();
            if (plage.length == 4 && plage[2] + plage[3] > cachet.getByteRange()[2] + cachet.getByteRange()[3]) {
                cachet = signature;
            }
        }
        if (signatures.size() > 1) {
            rapport.avertissement(t("verification.cachet.plusieurs", signatures.size()));
        }
        var plage = cachet.getByteRange();
        if (plage.length != 4 || plage[0] != 0 || plage[1] <= 0 || plage[2] <= plage[1]
                || (long) plage[2] + plage[3] != pdf.length) {
            rapport.echec(t("verification.cachet.plage"));
            return;
        }
        if (pdf[plage[1]] != '<' || pdf[plage[2] - 1] != '>') {
            rapport.echec(t("verification.cachet.plage"));
            return;
        }
        rapport.ok(t("verification.cachet.tout"));
        if (!CADES.equals(cachet.getSubFilter())) {
            rapport.echec(t("verification.cachet.format", String.valueOf(cachet.getSubFilter())));
            return;
        }
        var contenu = new ByteArrayOutputStream(pdf.length);
        contenu.write(pdf, 0, plage[1]);
        contenu.write(pdf, plage[2], plage[3]);
        byte[] cms;
        try {
            cms = HexFormat.of().parseHex(new String(pdf, plage[1] + 1, plage[2] - plage[1] - 2,
                    java.nio.charset.StandardCharsets.US_ASCII).strip());
        } catch (IllegalArgumentException e) {
            rapport.echec(t("verification.cachet.invalide"));
            return;
        }
        try (var lecteur = new ASN1InputStream(cms)) {
            // BouncyCastle refuses the zero padding of /Contents: read the first object only.
            var info = ContentInfo.getInstance(lecteur.readObject());
            var signe = new CMSSignedData(new CMSProcessableByteArray(contenu.toByteArray()), info);
            var signataires = signe.getSignerInfos().getSigners();
            if (signataires.size() != 1) {
                rapport.echec(t("verification.cachet.invalide"));
                return;
            }
            SignerInformation signataire = signataires.iterator().next();
            @SuppressWarnings("unchecked")
            var trouves = signe.getCertificates().getMatches(signataire.getSID());
            if (trouves.isEmpty()) {
                rapport.echec(t("verification.cachet.invalide"));
                return;
            }
            var titulaire = (X509CertificateHolder) trouves.iterator().next();
            if (!signataire.verify(new JcaSimpleSignerInfoVerifierBuilder().build(titulaire))) {
                rapport.echec(t("verification.cachet.invalide"));
                return;
            }
            var certificat = new JcaX509CertificateConverter().getCertificate(titulaire);
            var nom = ScellementPades.nomCommun(certificat);
            rapport.ok(t("verification.cachet.valide", nom));
            verifierCertificatSignataire(signataire, certificat, rapport);
            if (signataire.getSignedAttributes() != null
                    && signataire.getSignedAttributes().get(CMSAttributes.signingTime) != null) {
                rapport.avertissement(t("verification.cachet.heure-cms"));
            }
            if (cachet.getSignDate() != null) {
                rapport.ok(t("verification.cachet.date", date(cachet.getSignDate().toInstant())));
            }
            if (CleDeCachet.NOM_DEMONSTRATION.equals(nom)) {
                rapport.avertissement(t("verification.cachet.demonstration"));
            }
            var empreinte = FormatPreuves.sha256Hex(certificat.getEncoded());
            if (operateur.isEmpty()) {
                rapport.avertissement(t("verification.cachet.identite-inconnue"));
            } else if (operateur.contains(empreinte)) {
                rapport.ok(t("verification.cachet.operateur"));
            } else {
                rapport.echec(t("verification.cachet.pas-operateur", nom));
            }
            verifierHorodatage(signataire, rapport);
        } catch (Exception e) {
            rapport.echec(t("verification.cachet.invalide"));
        }
    }

    private void verifierCertificatSignataire(SignerInformation signataire, X509Certificate certificat,
            Rapport rapport) throws Exception {
        var attribut = signataire.getSignedAttributes() == null ? null
                : signataire.getSignedAttributes().get(PKCSObjectIdentifiers.id_aa_signingCertificateV2);
        if (attribut == null) {
            rapport.echec(t("verification.cachet.ess"));
            return;
        }
        var ess = SigningCertificateV2.getInstance(attribut.getAttrValues().getObjectAt(0));
        var id = ess.getCerts()[0];
        var algorithme = id.getHashAlgorithm().getAlgorithm().getId();
        var calcule = MessageDigest.getInstance(algorithme).digest(certificat.getEncoded());
        if (!Arrays.equals(calcule, id.getCertHash())) {
            rapport.echec(t("verification.cachet.ess"));
        }
    }

    private void verifierHorodatage(SignerInformation signataire, Rapport rapport) {
        var nonSignes = signataire.getUnsignedAttributes();
        var attribut = nonSignes == null ? null : nonSignes.get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken);
        if (attribut == null) {
            rapport.avertissement(t("verification.horodatage.absent"));
            return;
        }
        try {
            var jeton = new TimeStampToken(ContentInfo.getInstance(attribut.getAttrValues().getObjectAt(0)));
            var imprime = jeton.getTimeStampInfo().getMessageImprintDigest();
            var attendu = MessageDigest.getInstance(
                    jeton.getTimeStampInfo().getMessageImprintAlgOID().getId()).digest(signataire.getSignature());
            @SuppressWarnings("unchecked")
            var certificats = jeton.getCertificates().getMatches(jeton.getSID());
            if (!Arrays.equals(imprime, attendu) || certificats.isEmpty()) {
                rapport.echec(t("verification.horodatage.invalide"));
                return;
            }
            jeton.validate(new JcaSimpleSignerInfoVerifierBuilder()
                    .build((X509CertificateHolder) certificats.iterator().next()));
            rapport.ok(t("verification.horodatage.valide", date(jeton.getTimeStampInfo().getGenTime().toInstant()),
                    ((X509CertificateHolder) certificats.iterator().next()).getSubject().toString()));
        } catch (Exception e) {
            rapport.echec(t("verification.horodatage.invalide"));
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // The attachments and the evidence

    private record Pieces(byte[] original, byte[] preuves) {
    }

    private Pieces pieces(PDDocument document, Rapport rapport) throws IOException {
        byte[] original = null;
        byte[] preuves = null;
        var noms = document.getDocumentCatalog().getNames();
        var arbre = noms == null ? null : noms.getEmbeddedFiles();
        Map<String, PDComplexFileSpecification> fichiers = arbre == null ? Map.of() : arbre.getNames();
        for (var entree : fichiers == null ? Map.<String, PDComplexFileSpecification>of().entrySet()
                : fichiers.entrySet()) {
            var specification = entree.getValue();
            var relation = specification.getCOSObject().getCOSName(COSName.getPDFName("AFRelationship"));
            var fichier = specification.getEmbeddedFileUnicode() != null ? specification.getEmbeddedFileUnicode()
                    : specification.getEmbeddedFile();
            if (fichier == null) {
                continue;
            }
            var contenu = fichier.toByteArray();
            if (relation != null && "Source".equals(relation.getName()) && "application/pdf".equals(
                    fichier.getSubtype())) {
                original = contenu;
                rapport.ok(t("verification.piece.original", entree.getKey(), contenu.length));
            } else if (relation != null && "Data".equals(relation.getName())
                    && FormatPreuves.FICHIER_PREUVES.equals(entree.getKey())) {
                preuves = contenu;
                rapport.ok(t("verification.piece.preuves", entree.getKey(), contenu.length));
            } else {
                rapport.avertissement(t("verification.piece.autre", entree.getKey()));
            }
        }
        if (original == null) {
            rapport.echec(t("verification.piece.original-absent"));
        }
        if (preuves == null) {
            rapport.echec(t("verification.piece.preuves-absentes"));
        }
        return new Pieces(original, preuves);
    }

    private void verifierPreuves(Pieces pieces, Rapport rapport) {
        if (pieces.original() == null || pieces.preuves() == null) {
            return;
        }
        JsonNode racine;
        try {
            racine = FormatPreuves.JSON.readTree(pieces.preuves());
        } catch (RuntimeException e) {
            rapport.echec(t("verification.preuves.illisibles"));
            return;
        }
        if (!FormatPreuves.FORMAT.equals(racine.path("format").asString(""))) {
            rapport.echec(t("verification.preuves.format"));
            return;
        }
        var empreinteOriginal = FormatPreuves.sha256Hex(pieces.original());
        if (!empreinteOriginal.equals(racine.path("document").path("empreinte").asString(""))) {
            rapport.echec(t("verification.preuves.document"));
        } else {
            rapport.ok(t("verification.preuves.empreinte", CodeQr.empreinteCourte(empreinteOriginal)));
        }
        JsonNode precedente = null;
        var entrees = racine.path("entrees");
        if (!entrees.isArray() || entrees.isEmpty()) {
            rapport.echec(t("verification.preuves.vides"));
            return;
        }
        var chaineOk = true;
        var signatures = 0;
        for (var entree : entrees) {
            var numero = entree.path("numero").asLong();
            if (!FormatPreuves.empreinteEntree(entree).equals(entree.path("empreinte").asString(""))) {
                rapport.echec(t("verification.chaine.entree", numero));
                chaineOk = false;
            }
            if (precedente != null && precedente.path("numero").asLong() + 1 == numero
                    && !precedente.path("empreinte").asString("").equals(
                            entree.path("empreintePrecedente").asString(""))) {
                rapport.echec(t("verification.chaine.rompue", numero));
                chaineOk = false;
            }
            precedente = entree;
            signatures += verifierEntree(entree, empreinteOriginal, rapport) ? 1 : 0;
        }
        if (chaineOk) {
            rapport.ok(t("verification.chaine.ok", entrees.size()));
        }
        if (signatures == 0) {
            rapport.echec(t("verification.preuves.vides"));
        }
    }

    /** Checks one entry; true when it is a signer's approval. */
    private boolean verifierEntree(JsonNode entree, String empreinteOriginal, Rapport rapport) {
        var numero = entree.path("numero").asLong();
        var acte = entree.path("acte").asString("");
        if (!List.of("SIGNATURE", "CODE_COURRIEL", "ATTESTATION_PAPIER").contains(acte)) {
            return false;
        }
        JsonNode manifeste;
        try {
            manifeste = FormatPreuves.JSON.readTree(entree.path("manifeste").asString(""));
        } catch (RuntimeException e) {
            rapport.echec(t("verification.manifeste.illisible", numero));
            return false;
        }
        var nom = manifeste.path("signataire").path("nom").asString("?");
        var role = entree.path("role").asString(manifeste.path("role").asString(""));
        var methode = entree.path("methode").asString("");
        var le = entree.path("horodatage").asString("");
        String quand;
        try {
            quand = date(Instant.parse(le));
        } catch (RuntimeException e) {
            quand = le;
        }
        var champDocument = "ATTESTATION_PAPIER".equals(acte) ? "empreinteVersion" : "empreinteDocument";
        if (!empreinteOriginal.equals(manifeste.path(champDocument).asString(""))) {
            rapport.echec(t("verification.manifeste.document", nom, numero));
        }
        switch (acte) {
            case "SIGNATURE" -> {
                rapport.signataire(t("verification.signataire", nom, texteOu("cachet.role." + role, role), quand,
                        texteOu("verification.methode." + methode, methode)));
                verifierCleAcces(entree, manifeste, numero, nom, rapport);
            }
            case "CODE_COURRIEL" -> {
                rapport.signataire(t("verification.signataire", nom, texteOu("cachet.role." + role, role), quand,
                        texteOu("verification.methode.CODE_COURRIEL", methode)));
                rapport.avertissement(t("verification.code-courriel", nom));
            }
            default -> {
                // The attester is not the signer: each signer on paper is named, with the attestation.
                var detail = detail(entree);
                var surPapier = detail.path("signatairesPapier").asString("");
                verifierCleAcces(entree, manifeste, numero, nom, rapport);
                if (surPapier.isBlank()) {
                    rapport.signataire(t("verification.attestation", nom, quand));
                    rapport.avertissement(t("verification.papier", nom));
                } else {
                    for (var rolePapier : surPapier.split(",")) {
                        var libelle = texteOu("cachet.role." + rolePapier, rolePapier);
                        var nomPapier = detail.path("nomsPapier").path(rolePapier).asString(libelle);
                        rapport.signataire(t("verification.signataire", nomPapier, libelle, quand,
                                t("verification.methode.papier-atteste", nom)));
                        rapport.avertissement(t("verification.papier", nomPapier));
                    }
                }
            }
        }
        return true;
    }

    /** The entry's detail (canonical JSON kept as text), or an empty object. */
    private static JsonNode detail(JsonNode entree) {
        var texte = entree.path("detail").asString("");
        try {
            return texte.isBlank() ? FormatPreuves.JSON.createObjectNode() : FormatPreuves.JSON.readTree(texte);
        } catch (RuntimeException e) {
            return FormatPreuves.JSON.createObjectNode();
        }
    }

    private void verifierCleAcces(JsonNode entree, JsonNode contenu, long numero, String nom, Rapport rapport) {
        try {
            var manifeste = FormatPreuves.utf8(entree.path("manifeste").asString(""));
            var clientData = octets(entree, "clientDataJson");
            var authData = octets(entree, "authenticatorData");
            var signature = octets(entree, "signature");
            var client = FormatPreuves.JSON.readTree(clientData);
            var defi = Base64.getUrlEncoder().withoutPadding().encodeToString(FormatPreuves.sha256(manifeste));
            if (!"webauthn.get".equals(client.path("type").asString(""))
                    || !defi.equals(client.path("challenge").asString(""))) {
                rapport.echec(t("verification.cle.defi", nom, numero));
                return;
            }
            if (authData.length < 37) {
                rapport.echec(t("verification.cle.signature", nom, numero));
                return;
            }
            var rpId = contenu.path("rpId").asString("");
            if (!rpId.isEmpty() && !Arrays.equals(Arrays.copyOfRange(authData, 0, 32),
                    FormatPreuves.sha256(FormatPreuves.utf8(rpId)))) {
                rapport.echec(t("verification.cle.rp", nom, numero));
                return;
            }
            var drapeaux = authData[32];
            if ((drapeaux & 0x01) == 0 || (drapeaux & 0x04) == 0) {
                rapport.echec(t("verification.cle.presence", nom, numero));
                return;
            }
            var cose = new CBORMapper().readTree(octets(entree, "clePublique"));
            var signe = new ByteArrayOutputStream();
            signe.write(authData);
            signe.write(FormatPreuves.sha256(clientData));
            var verificateur = Signature.getInstance(algorithme(cose));
            verificateur.initVerify(cle(cose));
            verificateur.update(signe.toByteArray());
            if (!verificateur.verify(signature)) {
                rapport.echec(t("verification.cle.signature", nom, numero));
                return;
            }
            rapport.ok(t("verification.cle.ok", nom, numero));
        } catch (Exception e) {
            rapport.echec(t("verification.cle.signature", nom, numero));
        }
    }

    private static byte[] octets(JsonNode entree, String champ) {
        return Base64.getUrlDecoder().decode(entree.path(champ).asString(""));
    }

    private static String algorithme(JsonNode cose) {
        return switch (cose.path("3").asInt()) {
            case -7 -> "SHA256withECDSA";
            case -257 -> "SHA256withRSA";
            case -35 -> "SHA384withECDSA";
            case -8 -> "Ed25519";
            default -> throw new IllegalArgumentException("algorithme COSE " + cose.path("3"));
        };
    }

    private static PublicKey cle(JsonNode cose) throws GeneralSecurityException {
        return switch (cose.path("1").asInt()) {
            case 2 -> {
                var courbe = cose.path("-1").asInt() == 2 ? "secp384r1" : "secp256r1";
                var parametres = AlgorithmParameters.getInstance("EC");
                parametres.init(new ECGenParameterSpec(courbe));
                var point = new ECPoint(new BigInteger(1, cose.path("-2").binaryValue()),
                        new BigInteger(1, cose.path("-3").binaryValue()));
                yield KeyFactory.getInstance("EC").generatePublic(
                        new ECPublicKeySpec(point, parametres.getParameterSpec(ECParameterSpec.class)));
            }
            case 3 -> KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(
                    new BigInteger(1, cose.path("-1").binaryValue()), new BigInteger(1, cose.path("-2").binaryValue())));
            case 1 -> {
                var prefixe = HexFormat.of().parseHex("302a300506032b6570032100");
                var x = cose.path("-2").binaryValue();
                var encodee = Arrays.copyOf(prefixe, prefixe.length + x.length);
                System.arraycopy(x, 0, encodee, prefixe.length, x.length);
                yield KeyFactory.getInstance("Ed25519").generatePublic(
                        new java.security.spec.X509EncodedKeySpec(encodee));
            }
            default -> throw new IllegalArgumentException("type de clé COSE " + cose.path("1"));
        };
    }

    // ---------------------------------------------------------------------------------------------------------

    private static String date(Instant instant) {
        return DATE.format(instant.atZone(FUSEAU));
    }

    private String t(String cle, Object... parametres) {
        return new MessageFormat(textes.getString(cle), Locale.FRANCE).format(parametres);
    }

    private String texteOu(String cle, String sinon) {
        return textes.containsKey(cle) ? textes.getString(cle) : sinon;
    }

    private final class Rapport {
        private final List<RapportVerification.Constat> constats = new ArrayList<>();
        private final List<String> signataires = new ArrayList<>();

        void ok(String texte) {
            constats.add(new RapportVerification.Constat(RapportVerification.Niveau.OK, texte));
        }

        void avertissement(String texte) {
            constats.add(new RapportVerification.Constat(RapportVerification.Niveau.AVERTISSEMENT, texte));
        }

        void echec(String texte) {
            constats.add(new RapportVerification.Constat(RapportVerification.Niveau.ECHEC, texte));
        }

        void signataire(String texte) {
            signataires.add(texte);
        }

        RapportVerification fin() {
            var premier = constats.stream().filter(c -> c.niveau() == RapportVerification.Niveau.ECHEC).findFirst();
            return premier.map(c -> new RapportVerification(false, t("verification.modifie", c.texte()), constats,
                    signataires)).orElseGet(() -> new RapportVerification(true, t("verification.intact"), constats,
                            signataires));
        }
    }
}
