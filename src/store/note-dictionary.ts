/**
 * The preset dictionary for compressing daily notes (raw deflate, entry format 2): words and
 * phrases people write in a pain diary, in English and German. Deflate finds repeats in it, so a
 * 100-character note takes about 60-75 bytes instead of 100.
 *
 * FROZEN: stored notes can only be inflated with exactly these bytes (a test pins their hash).
 * A better dictionary needs a new entry format version; this one must stay for old entries.
 */
export const NOTE_DICTIONARY = [
  // German: the later a word, the cheaper it is to reference, so the more common come last.
  "Arzt, Physiotherapie, Übungen, Wärmflasche, Tablette, Ibuprofen, Schmerzmittel, Kopfschmerzen, ",
  "Schulter, Nacken, verspannt, steif, Hüfte, Knie, Bein, Arm, Hand, Fuß, Rücken, ",
  "Büro, Schreibtisch, gesessen, gestanden, gefahren, eingekauft, Garten, Haushalt, geputzt, ",
  "spazieren, Spaziergang, Treppe, Fahrrad, geschwommen, Yoga, gedehnt, ",
  "geschlafen, aufgewacht, müde, erschöpft, Stress, Arbeit, Wochenende, Morgen, Abend, Nacht, ",
  "Massage, besser, schlechter, schlimm, bisschen, ziemlich, sehr, weniger, mehr, Schmerzen, ",
  "heute, gestern, danach, dann, aber, es war, ich habe, ich bin, nicht, mit dem, nach dem, in der, und die, der, ",
  // English.
  "doctor, physio, exercises, heat, painkiller, ibuprofen, paracetamol, headache, migraine, ",
  "shoulder, hip, knee, leg, arm, hand, foot, neck, upper, lower, ",
  "work, office, desk, sitting, standing, drove, car, train, shopping, garden, housework, cleaning, cooking, ",
  "lifted, carried, kids, dog, walk, walked, stairs, cycling, swimming, yoga, stretches, gym, ",
  "slept, sleep, woke, tired, stress, weekend, morning, afternoon, evening, night, lunch, ",
  "massage, sore, better, worse, little, quite, very, less, more, than, yesterday, today, day, hour, hours, ",
  "pain, ache, ached, hurt, stiff, tight, felt, feel, but, then, was, had, with, after, before, back, ",
  "and the, of the, to the, in the, on the, for the, at the, the, and, ",
].join("");
