package fr.portailcep.signature;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureInterface;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSAttributeTableGenerationException;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.SignerInformationStore;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import fr.portailcep.shared.Systeme;
import fr.portailcep.shared.UrlPublique;

/**
 * Seals a document every signer has signed (issue 10): the final PDF (the same version rendered again with its
 * signature page, PDF/A-3a and PDF/UA-1) receives as PDF/A-3 attachments the ORIGINAL PDF the signers approved
 * (AFRelationship Source) and the evidence of each act ({@value FormatPreuves#FICHIER_PREUVES}, AFRelationship
 * Data, {@link FormatPreuves}); then the operator's seal: PAdES baseline B (subfilter ETSI.CAdES.detached, ESS
 * signing-certificate-v2, no CMS signing-time: the time is the signature's /M, from the portal's clock), with an
 * RFC 3161 timestamp of the signature when {@code portail.cachet.horodatage-url} is set (PAdES-B-T).
 * <p>
 * The key comes from {@code portail.cachet.fichier} (PKCS#12) and {@code portail.cachet.mot-de-passe} (set it from
 * the environment, {@code PORTAIL_CACHET_MOT_DE_PASSE}); without a file, a demo key is made at start-up, its
 * certificate named {@value CleDeCachet#NOM_DEMONSTRATION}, and the verifier says it is a demo seal.
 */
@Component
@Systeme
public class ScellementPades implements Scellement {

    /** Room for the CMS in /Contents: the seal, its certificate chain and a timestamp token with its own chain. */
    private static final int TAILLE_SIGNATURE = 24_000;

    private static final COSName AF_RELATIONSHIP = COSName.getPDFName("AFRelationship");

    /** The owners of the documents, by sort; looked up when sealing (the owners may themselves need the seal). */
    private final java.util.function.Supplier<List<DocumentsASigner>> proprietaires;

    private final CleDeCachet cle;

    private final String horodatage;

    private final Clock horloge;

    private final RegistreScellements registre;

    private final java.util.function.UnaryOperator<String> liens;

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @org.springframework.beans.factory.annotation.Autowired
    public ScellementPades(org.springframework.beans.factory.ObjectProvider<DocumentsASigner> proprietaires,
            @Value("${portail.cachet.fichier:}") String fichier,
            @Value("${portail.cachet.mot-de-passe:}") String motDePasse,
            @Value("${portail.cachet.horodatage-url:}") String horodatage, Clock horloge,
            RegistreScellements registre, UrlPublique url) {
        this(() -> proprietaires.orderedStream().toList(), charger(fichier, motDePasse, horloge), horodatage, horloge,
                registre, url::lien);
    }

    /** Without Spring (tests, benchmark): nothing recorded; links under {@code urlPublique}. */
    public ScellementPades(List<DocumentsASigner> proprietaires, CleDeCachet cle, String horodatage, Clock horloge,
            String urlPublique) {
        this(() -> proprietaires, cle, horodatage, horloge, null, chemin -> urlPublique + chemin);
    }

    private ScellementPades(java.util.function.Supplier<List<DocumentsASigner>> proprietaires, CleDeCachet cle, String horodatage, Clock horloge,
            RegistreScellements registre, java.util.function.UnaryOperator<String> liens) {
        this.liens = liens;
        this.proprietaires = proprietaires;
        this.cle = cle;
        this.horodatage = horodatage == null ? "" : horodatage.strip();
        this.horloge = horloge;
        this.registre = registre;
    }

    private static CleDeCachet charger(String fichier, String motDePasse, Clock horloge) {
        if (fichier == null || fichier.isBlank()) {
            return CleDeCachet.demonstration(horloge);
        }
        try (InputStream entree = new FileInputStream(fichier)) {
            return CleDeCachet.pkcs12(entree, motDePasse.toCharArray());
        } catch (IOException e) {
            throw new UncheckedIOException("Fichier du cachet illisible : " + fichier, e);
        }
    }

    /** The seal's certificate: what the portal's own verification recognises as the operator's. */
    public java.security.cert.X509Certificate certificat() {
        return cle.certificat();
    }

    /** The public verification page of a version, the QR code's link: {@code /verifier/<SHA-256 hex>}. */
    public static String chemin(String empreinte) {
        return "/verifier/" + empreinte;
    }

    /**
     * The sealed PDF of a version every signer has signed: its owner renders it again with the signature page
     * built from the signers and their evidence, then {@link #sceller(byte[], byte[], String, byte[])}; the seal is
     * recorded for the public page.
     */
    @Override
    public byte[] sceller(DocumentASigner document, List<EntreePreuve> preuves) {
        var proprietaire = proprietaires.get().stream().filter(p -> p.sorte().equals(document.sorte())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Aucun propriétaire pour la sorte " + document.sorte()));
        var lien = liens.apply(chemin(document.empreinte()));
        var page = page(document, preuves, lien);
        var rendu = proprietaire.rendreAvecSignatures(document.id(), document.version(), page);
        var scelle = sceller(rendu, document.pdf(), nomOriginal(document), FormatPreuves.json(document, preuves));
        if (registre != null) {
            registre.scelle(document.empreinte(), horloge.instant());
        }
        return scelle;
    }

    /**
     * The signature page: one line per signer who signed, with the journal entry of their approval (a passkey
     * signature, an emailed code, or for paper the conseiller's attestation of the scan).
     */
    public static PageSignatures page(DocumentASigner document, List<EntreePreuve> preuves, String lien) {
        var lignes = new ArrayList<PageSignatures.Ligne>();
        for (var signataire : document.signataires()) {
            if (signataire.etat() != DocumentASigner.EtatSignataire.SIGNE) {
                continue;
            }
            EntreePreuve approbation = null;
            for (var preuve : preuves) {
                var sienne = signataire.compteId().equals(preuve.compteId()) && signataire.role() == preuve.role()
                        && (preuve.acte() == ActePreuve.SIGNATURE || preuve.acte() == ActePreuve.CODE_COURRIEL);
                var papier = signataire.methode() == MethodeSignature.PAPIER
                        && preuve.acte() == ActePreuve.ATTESTATION_PAPIER;
                if (sienne || papier) {
                    approbation = preuve;
                }
            }
            if (approbation != null) {
                lignes.add(new PageSignatures.Ligne(signataire.nom(), signataire.role(), approbation.horodatage(),
                        signataire.methode() == null ? approbation.methode() : signataire.methode(),
                        approbation.numero()));
            }
        }
        return new PageSignatures(lignes, CodeQr.empreinteCourte(document.empreinte()), lien, CodeQr.png(lien, 240));
    }

    static String nomOriginal(DocumentASigner document) {
        return document.type().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + "-v" + document.version()
                + "-original.pdf";
    }

    /**
     * Attaches the original and the evidence to the final PDF and seals it.
     *
     * @param pdfFinal the PDF/A-3 rendered with its signature page
     * @param original the exact PDF the signers approved (its SHA-256 is in each manifest)
     */
    public byte[] sceller(byte[] pdfFinal, byte[] original, String nomOriginal, byte[] preuves) {
        try {
            var maintenant = GregorianCalendar.from(horloge.instant().atZone(java.time.ZoneOffset.UTC));
            byte[] avecPieces;
            try (var document = Loader.loadPDF(pdfFinal)) {
                joindre(document, List.of(
                        new Piece(nomOriginal, "application/pdf", "Source",
                                "Le document d’origine, tel que les signataires l’ont approuvé", original),
                        new Piece(FormatPreuves.FICHIER_PREUVES, "application/json", "Data",
                                "Les preuves de chaque signature (journal chaîné, assertions WebAuthn)", preuves)),
                        maintenant);
                var sortie = new ByteArrayOutputStream(pdfFinal.length + original.length + preuves.length + 4096);
                document.save(sortie);
                avecPieces = sortie.toByteArray();
            }
            return signer(avecPieces, maintenant);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Piece(String nom, String type, String relation, String description, byte[] contenu) {
    }

    private static void joindre(PDDocument document, List<Piece> pieces, Calendar le) throws IOException {
        var catalogue = document.getDocumentCatalog();
        var noms = catalogue.getNames();
        if (noms == null) {
            noms = new PDDocumentNameDictionary(catalogue);
            catalogue.setNames(noms);
        }
        var arbre = new PDEmbeddedFilesNameTreeNode();
        var feuilles = new java.util.TreeMap<String, PDComplexFileSpecification>();
        var af = new COSArray();
        for (var piece : pieces) {
            var fichier = new PDEmbeddedFile(document, new ByteArrayInputStream(piece.contenu()));
            fichier.setSubtype(piece.type());
            fichier.setSize(piece.contenu().length);
            fichier.setCreationDate(le);
            fichier.setModDate(le);
            var specification = new PDComplexFileSpecification();
            specification.setFile(piece.nom());
            specification.setFileUnicode(piece.nom());
            specification.setFileDescription(piece.description());
            specification.setEmbeddedFile(fichier);
            specification.setEmbeddedFileUnicode(fichier);
            specification.getCOSObject().setItem(AF_RELATIONSHIP, COSName.getPDFName(piece.relation()));
            feuilles.put(piece.nom(), specification);
            af.add(specification);
        }
        arbre.setNames(feuilles);
        noms.setEmbeddedFiles(arbre);
        catalogue.getCOSObject().setItem(COSName.AF, af);
    }

    private byte[] signer(byte[] pdf, Calendar le) throws IOException {
        try (var document = Loader.loadPDF(pdf); var options = new SignatureOptions()) {
            var signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
            signature.setName(nomCommun(cle.certificat()));
            signature.setReason("Cachet de l’opérateur : document signé par tous ses signataires");
            signature.setSignDate(le);
            options.setPreferredSignatureSize(TAILLE_SIGNATURE);
            document.addSignature(signature, (SignatureInterface) this::cms, options);
            marquerImprimable(document);
            var sortie = new ByteArrayOutputStream(pdf.length + TAILLE_SIGNATURE * 2 + 4096);
            document.saveIncremental(sortie);
            return sortie.toByteArray();
        }
    }

    /**
     * PDF/A wants every annotation printable and not hidden (6.3.2); PDF/UA leaves out a widget outside the page
     * or of zero size. The seal's widget is invisible (a zero rectangle) and printable.
     */
    private static void marquerImprimable(PDDocument document) throws IOException {
        for (var champ : document.getSignatureFields()) {
            champ.setAlternateFieldName("Cachet électronique de l’opérateur");
            for (var widget : champ.getWidgets()) {
                widget.setPrinted(true);
                widget.getCOSObject().setNeedToBeUpdated(true);
            }
            champ.getCOSObject().setNeedToBeUpdated(true);
        }
    }

    static String nomCommun(java.security.cert.X509Certificate certificat) {
        var nom = X500Name.getInstance(certificat.getSubjectX500Principal().getEncoded());
        var cn = nom.getRDNs(org.bouncycastle.asn1.x500.style.BCStyle.CN);
        return cn.length == 0 ? certificat.getSubjectX500Principal().getName()
                : org.bouncycastle.asn1.x500.style.IETFUtils.valueToString(cn[0].getFirst().getValue());
    }

    /** The CMS of the ranges PDFBox gives: CAdES detached, ESS signing-certificate-v2, no signing-time. */
    private byte[] cms(InputStream contenu) throws IOException {
        try {
            var certificat = cle.certificat();
            var algorithme = certificat.getPublicKey().getAlgorithm().equals("EC") ? "SHA256withECDSA"
                    : "SHA256withRSA";
            var essCert = new ESSCertIDv2(FormatPreuves.sha256(certificat.getEncoded()),
                    new IssuerSerial(new GeneralNames(new GeneralName(
                            X500Name.getInstance(certificat.getIssuerX500Principal().getEncoded()))),
                            certificat.getSerialNumber()));
            var attributs = new ASN1EncodableVector();
            attributs.add(new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                    new DERSet(new SigningCertificateV2(essCert))));
            var base = new DefaultSignedAttributeTableGenerator(new AttributeTable(attributs));
            CMSAttributeTableGenerator sansHeure = parametres -> {
                try {
                    return base.getAttributes(parametres).remove(CMSAttributes.signingTime);
                } catch (CMSAttributeTableGenerationException e) {
                    throw e;
                }
            };
            var generateur = new CMSSignedDataGenerator();
            generateur.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(
                    new JcaDigestCalculatorProviderBuilder().build()).setSignedAttributeGenerator(sansHeure)
                    .build(new JcaContentSignerBuilder(algorithme).build(cle.cle()), certificat));
            generateur.addCertificates(new JcaCertStore(cle.chaine()));
            var signe = generateur.generate(new CMSProcessableByteArray(contenu.readAllBytes()), false);
            if (!horodatage.isEmpty()) {
                signe = horodater(signe);
            }
            return signe.getEncoded();
        } catch (GeneralSecurityException | OperatorCreationException | CMSException e) {
            throw new IllegalStateException("Le cachet n’a pas pu être apposé.", e);
        }
    }

    /** Adds the RFC 3161 token of the signature value as the signature-time-stamp unsigned attribute. */
    private CMSSignedData horodater(CMSSignedData signe) throws IOException {
        var signataires = new ArrayList<SignerInformation>();
        for (var signataire : signe.getSignerInfos().getSigners()) {
            var empreinte = FormatPreuves.sha256(signataire.getSignature());
            var requete = new TimeStampRequestGenerator();
            requete.setCertReq(true);
            var demande = requete.generate(NISTObjectIdentifiers.id_sha256, empreinte,
                    new java.math.BigInteger(64, new SecureRandom()));
            try {
                var reponse = client.send(HttpRequest.newBuilder(URI.create(horodatage))
                        .timeout(Duration.ofSeconds(20)).header("Content-Type", "application/timestamp-query")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(demande.getEncoded())).build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                if (reponse.statusCode() != 200) {
                    throw new IOException("Horodatage refusé : HTTP " + reponse.statusCode());
                }
                var tsr = new TimeStampResponse(reponse.body());
                tsr.validate(demande);
                var jeton = tsr.getTimeStampToken();
                if (jeton == null) {
                    throw new IOException("Horodatage refusé : " + tsr.getStatusString());
                }
                var nonSignes = new ASN1EncodableVector();
                nonSignes.add(new Attribute(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken,
                        new DERSet(jeton.toCMSSignedData().toASN1Structure())));
                signataires.add(SignerInformation.replaceUnsignedAttributes(signataire,
                        new AttributeTable(nonSignes)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("Horodatage interrompu", e);
            } catch (TSPException e) {
                throw new IOException("Réponse d’horodatage invalide", e);
            }
        }
        return CMSSignedData.replaceSigners(signe, new SignerInformationStore(signataires));
    }

    static TimeZone utc() {
        return TimeZone.getTimeZone("UTC");
    }
}
