package org.passerelle.bench.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Provider;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.modes.GCMBlockCipher;
import org.bouncycastle.crypto.modes.GCMModeCipher;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.KeyParameter;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.openjdk.jmh.annotations.*;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.VerboseMode;
import org.passerelle.bench.report.Figure;
import org.passerelle.bench.report.Quantity;
import org.passerelle.bench.report.Report;
import org.passerelle.crypto.BlindIndex;
import org.passerelle.crypto.FieldCipher;
import org.passerelle.crypto.FieldContext;
import org.passerelle.crypto.NameAndBirthDate;
import org.passerelle.crypto.Nir;
import org.passerelle.testing.people.FictitiousPeople;

/**
 * JMH micro-benchmarks of the crypto module, one thread each (so ops/s is per core), each in its
 * own forked JVM. Every AES-GCM variant encrypts then decrypts the same 64-byte UTF-8 value with a
 * fresh random nonce, re-initialising one cipher object per thread, as {@link FieldCipher} does
 * (creating a cipher costs more than a field's encryption); the raw variants bind 82 bytes of
 * associated data, the size FieldCipher binds for this context, so they differ from it only by
 * its format.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Threads(1)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 8, time = 1)
public class CryptoBenchmarks {

    /** 64 bytes in UTF-8. */
    static final String VALUE = "Mme Élodie Dupont-Martin, 14 rue du Portail-Louis, 49400 Saumur";

    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final int TAG_BITS = 128;

    private FieldCipher cipher;
    private FieldContext context;
    private BlindIndex nirIndex;
    private BlindIndex nameIndex;
    private String nir;
    private final SecureRandom random = new SecureRandom();
    private final byte[] plaintext = VALUE.getBytes(StandardCharsets.UTF_8);
    private final byte[] associatedData = new byte[82];
    private SecretKey key;
    private KeyParameter keyParameter;
    private Provider bouncyCastle;
    private Cipher jdkCipher;
    private Cipher bouncyCastleCipher;
    private final GCMModeCipher lightweight = GCMBlockCipher.newInstance(AESEngine.newInstance());

    /**
     * Runs every benchmark of this class (about 100 s, JMH's progress on standard error) and adds
     * their figures to the report.
     */
    public static void measure(Report report) throws RunnerException {
        Options options = new OptionsBuilder()
                .include(Pattern.quote(CryptoBenchmarks.class.getName()) + "\\.")
                .shouldFailOnError(true)
                .build();
        Map<String, Quantity> scores = new HashMap<>();
        for (RunResult run :
                new Runner(options, OutputFormatFactory.createFormatInstance(System.err, VerboseMode.NORMAL)).run()) {
            String benchmark = run.getParams().getBenchmark();
            Result<?> score = run.getPrimaryResult();
            scores.put(
                    benchmark.substring(benchmark.lastIndexOf('.') + 1),
                    new Quantity(score.getScore(), score.getScoreError() / score.getScore(), "ops/s"));
        }
        Quantity field = score(scores, "fieldCipher");
        Quantity jdkRaw = score(scores, "aesGcmJdk");
        Quantity bcJca = score(scores, "aesGcmBouncyCastleJca");
        Quantity bcLightweight = score(scores, "aesGcmBouncyCastleLightweight");
        List.of(
                        Figure.against("Field enc+dec 64 B: FieldCipher (JDK) / BC JCA", field, bcJca),
                        Figure.against("AES-GCM enc+dec 64 B: JDK / BC JCA", jdkRaw, bcJca),
                        Figure.against("AES-GCM enc+dec 64 B: JDK / BC lightweight", jdkRaw, bcLightweight),
                        Figure.against("Field enc+dec 64 B: FieldCipher / raw JDK", field, jdkRaw),
                        Figure.of("Blind index NIR: parse + HMAC", score(scores, "blindIndexNir")),
                        Figure.of(
                                "Blind index name+birth date: normalise + HMAC",
                                score(scores, "blindIndexNameAndBirthDate")))
                .forEach(report::figure);
    }

    private static Quantity score(Map<String, Quantity> scores, String benchmark) {
        Quantity score = scores.get(benchmark);
        if (score == null) {
            throw new IllegalStateException("JMH returned no result for " + benchmark);
        }
        return score;
    }

    @Setup
    public void setUp() throws GeneralSecurityException {
        ThrowawayKeys keys = ThrowawayKeys.generate();
        cipher = keys.cipher();
        context = keys.context("person", "address", UUID.randomUUID().toString());
        nirIndex = keys.nirIndex();
        nameIndex = keys.nameAndBirthDateIndex();
        nir = new FictitiousPeople(1).person(0).nir();
        byte[] keyBytes = new byte[32];
        random.nextBytes(keyBytes);
        random.nextBytes(associatedData);
        key = new SecretKeySpec(keyBytes, "AES");
        keyParameter = new KeyParameter(keyBytes);
        bouncyCastle = new BouncyCastleProvider();
        jdkCipher = Cipher.getInstance(TRANSFORMATION);
        bouncyCastleCipher = Cipher.getInstance(TRANSFORMATION, bouncyCastle);
    }

    @Benchmark
    public String fieldCipher() {
        return cipher.decryptString(cipher.encrypt(VALUE, context), context);
    }

    /** The JDK's default provider for AES/GCM (SunJCE), looked up as FieldCipher does. */
    @Benchmark
    public byte[] aesGcmJdk() throws GeneralSecurityException {
        return aesGcmJca(jdkCipher);
    }

    @Benchmark
    public byte[] aesGcmBouncyCastleJca() throws GeneralSecurityException {
        return aesGcmJca(bouncyCastleCipher);
    }

    @Benchmark
    public byte[] aesGcmBouncyCastleLightweight() throws InvalidCipherTextException {
        AEADParameters parameters = new AEADParameters(keyParameter, TAG_BITS, nonce(), associatedData);
        return gcmLightweight(false, parameters, gcmLightweight(true, parameters, plaintext));
    }

    @Benchmark
    public byte[] blindIndexNir() {
        return nirIndex.compute(Nir.parse(nir));
    }

    @Benchmark
    public byte[] blindIndexNameAndBirthDate() {
        return nameIndex.compute(new NameAndBirthDate("Élodie  Dupont-Martin", LocalDate.of(1984, 3, 7)));
    }

    private byte[] aesGcmJca(Cipher cipher) throws GeneralSecurityException {
        GCMParameterSpec parameters = new GCMParameterSpec(TAG_BITS, nonce());
        cipher.init(Cipher.ENCRYPT_MODE, key, parameters);
        cipher.updateAAD(associatedData);
        byte[] sealed = cipher.doFinal(plaintext);
        cipher.init(Cipher.DECRYPT_MODE, key, parameters);
        cipher.updateAAD(associatedData);
        return cipher.doFinal(sealed);
    }

    private byte[] gcmLightweight(boolean encrypt, AEADParameters parameters, byte[] input)
            throws InvalidCipherTextException {
        GCMModeCipher gcm = lightweight;
        gcm.init(encrypt, parameters);
        byte[] output = new byte[gcm.getOutputSize(input.length)];
        int length = gcm.processBytes(input, 0, input.length, output, 0);
        length += gcm.doFinal(output, length);
        return length == output.length ? output : Arrays.copyOf(output, length);
    }

    private byte[] nonce() {
        byte[] nonce = new byte[12];
        random.nextBytes(nonce);
        return nonce;
    }
}
