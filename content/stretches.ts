import { catalogById } from './catalog';
import type { CatalogEntry, Localized, Stretch } from './types';

/** Shorthand for a bilingual text. */
const t = (en: string, es: string): Localized => ({ en, es });

/** The id, position and name from the catalog. */
function entry(id: string): CatalogEntry {
  const found = catalogById.get(id);
  if (!found) throw new Error(`${id} is missing from content/catalog.ts`);
  return found;
}

/**
 * The bundled library of desk-friendly hip-flexor stretches and mobility moves.
 * Static holds last 30 s per side; mobility moves list how many slow reps fit the timer.
 * Ids are stored in history events: never rename or reuse one.
 */
export const stretches: readonly Stretch[] = [
  {
    ...entry('desk-split-stance'),
    perSide: true,
    holdSeconds: 30,
    steps: [
      t(
        'Stand facing your desk and rest both hands on its edge.',
        'Ponte de frente al escritorio y apoya ambas manos en el borde.',
      ),
      t(
        'Step one foot well back, heel lifted, toes pointing forward.',
        'Lleva un pie bien atrás, con el talón levantado y los dedos mirando al frente.',
      ),
      t(
        'Bend both knees a little and keep your chest tall.',
        'Flexiona un poco ambas rodillas y mantén el pecho alto.',
      ),
      t(
        'Tuck your tailbone under and squeeze the glute of your back leg.',
        'Mete el coxis hacia abajo y aprieta el glúteo de la pierna de atrás.',
      ),
      t(
        'Hold where you feel a gentle pull at the front of the back hip.',
        'Quédate donde notes un tirón suave delante de la cadera de atrás.',
      ),
    ],
    cue: t(
      'Breathe slowly and let each exhale soften the front of your hip.',
      'Respira despacio y deja que cada exhalación relaje la parte delantera de la cadera.',
    ),
    cautions: [
      t(
        'Check that the desk is stable and will not slide before you lean on it.',
        'Comprueba que el escritorio es estable y no se desliza antes de apoyarte.',
      ),
      t(
        'Keep the stance short enough that your lower back stays level, not arched.',
        'Haz una zancada lo bastante corta para que la zona lumbar no se arquee.',
      ),
    ],
    easier: t(
      'Take a shorter step back and keep the back heel lower.',
      'Da un paso más corto hacia atrás y baja un poco el talón de atrás.',
    ),
    harder: t(
      'Lengthen your stance a little and sink your hips slightly lower.',
      'Alarga un poco la zancada y baja ligeramente la cadera.',
    ),
    illustration: 'desk-split-stance.svg',
    alt: t(
      'A person stands facing a desk with both hands on it and one leg stepped far back; the front of the back hip is highlighted.',
      'Una persona de pie frente a un escritorio, con las dos manos apoyadas y una pierna muy atrás; se resalta la parte delantera de la cadera de atrás.',
    ),
  },
  {
    ...entry('half-kneeling-desk'),
    perSide: true,
    holdSeconds: 30,
    steps: [
      t(
        'Fold a jacket or cushion and put it on the floor beside your desk.',
        'Dobla una chaqueta o un cojín y ponlo en el suelo junto al escritorio.',
      ),
      t(
        'Kneel on it with one knee and place the other foot flat in front.',
        'Apoya encima una rodilla y coloca el otro pie plano delante.',
      ),
      t(
        'Hold the desk edge for balance and stack your shoulders over your hips.',
        'Sujétate al borde del escritorio y coloca los hombros encima de la cadera.',
      ),
      t(
        'Tuck your pelvis and squeeze the glute on the kneeling side.',
        'Mete la pelvis y aprieta el glúteo del lado de la rodilla apoyada.',
      ),
      t(
        'Shift your hips forward slightly until the front of that hip stretches gently.',
        'Lleva la cadera un poco hacia delante hasta notar un estiramiento suave delante de esa cadera.',
      ),
    ],
    cue: t(
      'Keep your lower back neutral: the pelvis moves, not the spine.',
      'Mantén la zona lumbar neutra: se mueve la pelvis, no la columna.',
    ),
    cautions: [
      t(
        'Always pad the kneeling knee, and skip this one if kneeling hurts.',
        'Pon siempre algo blando bajo la rodilla y sáltate este si arrodillarte te duele.',
      ),
      t(
        'Do not arch your lower back to get deeper into the stretch.',
        'No arquees la zona lumbar para estirar más.',
      ),
    ],
    easier: t(
      'Keep your hips right above the knee and only tuck the pelvis.',
      'Deja la cadera justo encima de la rodilla y limítate a meter la pelvis.',
    ),
    harder: t(
      'Lift the arm on the kneeling side overhead while you hold.',
      'Sube el brazo del lado de la rodilla apoyada por encima de la cabeza mientras aguantas.',
    ),
    illustration: 'half-kneeling-desk.svg',
    alt: t(
      'A person kneels on a cushion beside a desk, one foot forward and one hand on the desk; the front of the kneeling hip is highlighted.',
      'Una persona arrodillada sobre un cojín junto a un escritorio, con un pie delante y una mano en la mesa; se resalta la parte delantera de la cadera apoyada.',
    ),
  },
  {
    ...entry('seated-edge-of-chair'),
    perSide: true,
    holdSeconds: 30,
    steps: [
      t(
        'Scoot to the front edge of a steady chair and sit up straight.',
        'Desplázate al borde delantero de una silla estable y siéntate con la espalda recta.',
      ),
      t(
        'Turn a little so one hip is just off the seat.',
        'Gira un poco para que una cadera quede justo fuera del asiento.',
      ),
      t(
        'Slide that leg back, knee pointing down, toes resting on the floor.',
        'Lleva esa pierna hacia atrás, con la rodilla hacia el suelo y los dedos apoyados.',
      ),
      t(
        'Keep the front foot flat and hold the seat for support.',
        'Mantén el pie de delante plano y sujétate al asiento.',
      ),
      t(
        'Gently tuck your pelvis until the front of the back hip stretches.',
        'Mete la pelvis con suavidad hasta notar el estiramiento delante de la cadera de atrás.',
      ),
    ],
    cue: t(
      'Lengthen up through the top of your head and breathe low into your belly.',
      'Crece desde la coronilla y respira hacia la parte baja del abdomen.',
    ),
    cautions: [
      t(
        'Use a chair that cannot roll or tip; avoid wheeled chairs unless they lock.',
        'Usa una silla que no ruede ni vuelque; evita las de ruedas si no se bloquean.',
      ),
      t(
        'Ease off if you feel pinching in your lower back.',
        'Afloja si notas un pinchazo en la zona lumbar.',
      ),
    ],
    easier: t(
      'Keep the back knee softly bent and slide the leg back only a little.',
      'Deja la rodilla de atrás algo flexionada y lleva la pierna solo un poco hacia atrás.',
    ),
    harder: t(
      'Slide the back foot further away and squeeze that glute harder.',
      'Aleja más el pie de atrás y aprieta ese glúteo con más fuerza.',
    ),
    illustration: 'seated-edge-of-chair.svg',
    alt: t(
      'A person sits on the front edge of a chair with one leg reaching back toward the floor; the front of that hip is highlighted.',
      'Una persona sentada en el borde de una silla con una pierna estirada hacia atrás, hacia el suelo; se resalta la parte delantera de esa cadera.',
    ),
  },
  {
    ...entry('chair-supported-lunge'),
    perSide: true,
    holdSeconds: 30,
    steps: [
      t(
        'Push a sturdy chair without wheels against a wall or your desk.',
        'Coloca una silla firme y sin ruedas contra la pared o el escritorio.',
      ),
      t(
        'Place one foot flat on the seat, knee above the ankle.',
        'Pon un pie plano sobre el asiento, con la rodilla encima del tobillo.',
      ),
      t(
        'Step the other foot back until that leg is long, heel lifted.',
        'Lleva el otro pie atrás hasta que esa pierna quede larga, con el talón levantado.',
      ),
      t(
        'Rest both hands on your front knee and keep your chest up.',
        'Apoya las dos manos en la rodilla de delante y mantén el pecho alto.',
      ),
      t(
        'Tuck your pelvis and ease your hips gently forward.',
        'Mete la pelvis y lleva la cadera suavemente hacia delante.',
      ),
    ],
    cue: t(
      'Exhale as you shift forward, then stay there and keep breathing.',
      'Suelta el aire al avanzar; después mantén la posición y sigue respirando.',
    ),
    cautions: [
      t(
        'Only use a chair that cannot roll or tip, never a wheeled office chair.',
        'Usa solo una silla que no pueda rodar ni volcar, nunca una silla de oficina con ruedas.',
      ),
      t(
        'Skip this one if stepping up onto the seat bothers your knee.',
        'Sáltate este si subir el pie al asiento te molesta en la rodilla.',
      ),
    ],
    easier: t(
      'Use a lower step instead, such as a sturdy footrest or box.',
      'Usa un apoyo más bajo, como un reposapiés o una caja firme.',
    ),
    harder: t(
      'Raise the arm on the back-leg side overhead as you hold.',
      'Sube el brazo del lado de la pierna de atrás por encima de la cabeza mientras aguantas.',
    ),
    illustration: 'chair-supported-lunge.svg',
    alt: t(
      'A person lunges with the front foot on the seat of a chair and the back leg long; the front of the back hip is highlighted.',
      'Una persona en zancada con el pie de delante sobre el asiento de una silla y la pierna de atrás estirada; se resalta la parte delantera de la cadera de atrás.',
    ),
  },
  {
    ...entry('standing-pelvic-tilt'),
    perSide: false,
    holdSeconds: 40,
    reps: 6,
    steps: [
      t(
        'Stand tall with feet hip-width apart, knees soft, hands on your hips.',
        'Ponte de pie con los pies al ancho de la cadera, las rodillas sueltas y las manos en la cadera.',
      ),
      t(
        'Squeeze your glutes and gently tuck your tailbone down and forward.',
        'Aprieta los glúteos y mete suavemente el coxis hacia abajo y hacia delante.',
      ),
      t(
        'Hold for a slow count of two and feel the front of both hips open.',
        'Aguanta mientras cuentas despacio hasta dos y nota cómo se abre la parte delantera de las caderas.',
      ),
      t(
        'Release back to neutral without arching your lower back.',
        'Vuelve a la posición neutra sin arquear la zona lumbar.',
      ),
      t('Repeat slowly about 6 times.', 'Repítelo despacio unas 6 veces.'),
    ],
    cue: t(
      'Breathe out as you tuck and breathe in as you release.',
      'Suelta el aire al meter la pelvis y tómalo al soltarla.',
    ),
    cautions: [
      t(
        'Keep the movement small; it comes from the pelvis, not from bending the spine.',
        'Haz un movimiento pequeño: sale de la pelvis, no de doblar la columna.',
      ),
      t(
        'If your lower back aches, make the tilt even smaller.',
        'Si te molesta la zona lumbar, haz la basculación aún más pequeña.',
      ),
    ],
    easier: t(
      'Do it with your back against a wall so you can feel the movement.',
      'Hazlo con la espalda apoyada en una pared para notar mejor el movimiento.',
    ),
    harder: t(
      'Step one foot back into a short split stance and tilt from there.',
      'Lleva un pie atrás en una zancada corta y haz la basculación desde ahí.',
    ),
    illustration: 'standing-pelvic-tilt.svg',
    alt: t(
      'A person stands upright with hands on hips; a curved arrow around the pelvis shows it tucking under.',
      'Una persona de pie con las manos en la cadera; una flecha curva alrededor de la pelvis indica cómo se mete hacia abajo.',
    ),
  },
  {
    ...entry('march-in-place'),
    perSide: false,
    holdSeconds: 40,
    reps: 20,
    steps: [
      t(
        'Stand beside your desk and rest one hand on it if you like.',
        'Ponte junto al escritorio y apoya una mano en él si quieres.',
      ),
      t(
        'Lift one knee toward hip height, then set the foot down softly.',
        'Sube una rodilla hacia la altura de la cadera y luego baja el pie con suavidad.',
      ),
      t(
        'Switch legs and keep a slow, steady rhythm.',
        'Cambia de pierna y mantén un ritmo lento y constante.',
      ),
      t(
        'Swing your arms gently and keep your chest tall.',
        'Balancea los brazos con suavidad y mantén el pecho alto.',
      ),
      t(
        'Aim for about 20 steps, 10 with each leg.',
        'Intenta dar unos 20 pasos, 10 con cada pierna.',
      ),
    ],
    cue: t(
      'Breathe steadily and stay upright instead of leaning back as the knee rises.',
      'Respira con calma y no te eches hacia atrás al subir la rodilla.',
    ),
    cautions: [
      t(
        'Lift only as high as feels easy; reaching hip height is not required.',
        'Sube la rodilla solo hasta donde te resulte cómodo; no hace falta llegar a la cadera.',
      ),
      t(
        'Hold the desk if you feel unsteady on one leg.',
        'Sujétate al escritorio si te notas inestable sobre una pierna.',
      ),
    ],
    easier: t(
      'Lift only your heels in turn, keeping the toes on the floor.',
      'Levanta solo los talones por turnos, sin despegar la punta del pie.',
    ),
    harder: t(
      'Pause for a second at the top of each lift with the standing glute squeezed.',
      'Haz una pausa de un segundo arriba en cada paso, con el glúteo de apoyo apretado.',
    ),
    illustration: 'march-in-place.svg',
    alt: t(
      'A person marches beside a desk with one knee lifted to hip height; the lifted thigh is highlighted.',
      'Una persona marcha junto a un escritorio con una rodilla subida a la altura de la cadera; se resalta el muslo levantado.',
    ),
  },
  {
    ...entry('side-reach-lunge'),
    perSide: true,
    holdSeconds: 30,
    steps: [
      t(
        'Rest one hand on the desk and step the opposite foot well back.',
        'Apoya una mano en el escritorio y lleva el pie contrario bien atrás.',
      ),
      t(
        'Bend both knees slightly, lift the back heel, and tuck your pelvis.',
        'Flexiona un poco ambas rodillas, levanta el talón de atrás y mete la pelvis.',
      ),
      t(
        'Raise your free arm, the one on the back-leg side, straight overhead.',
        'Sube por encima de la cabeza el brazo libre, el del lado de la pierna de atrás.',
      ),
      t(
        'Reach up and slightly over toward the desk side in a gentle arc.',
        'Estírate hacia arriba y un poco hacia el lado del escritorio, en un arco suave.',
      ),
      t(
        'Hold and feel the stretch run from your hip up to your ribs.',
        'Aguanta y nota cómo el estiramiento sube desde la cadera hasta las costillas.',
      ),
    ],
    cue: t(
      'Breathe into the side of your ribs that you are lengthening.',
      'Lleva el aire hacia el costado que estás alargando.',
    ),
    cautions: [
      t(
        'Lean only a little to the side and keep your chest facing forward.',
        'Inclínate solo un poco hacia el lado y mantén el pecho mirando al frente.',
      ),
      t(
        'Lower the arm if your shoulder pinches.',
        'Baja el brazo si notas un pinchazo en el hombro.',
      ),
    ],
    easier: t(
      'Keep the reaching arm pointing straight up with no side lean.',
      'Mantén el brazo estirado hacia arriba sin inclinarte hacia el lado.',
    ),
    harder: t(
      'Lengthen your stance and add a small side bend with each breath out.',
      'Alarga la zancada y añade una pequeña inclinación lateral con cada exhalación.',
    ),
    illustration: 'side-reach-lunge.svg',
    alt: t(
      'A person in a split stance holds the desk with one hand and reaches the other arm overhead; the front of the back hip is highlighted.',
      'Una persona en zancada se sujeta al escritorio con una mano y estira el otro brazo hacia arriba; se resalta la parte delantera de la cadera de atrás.',
    ),
  },
  {
    ...entry('desk-quad-stretch'),
    perSide: true,
    holdSeconds: 30,
    steps: [
      t(
        'Stand up straight and hold the desk with one hand for balance.',
        'Ponte de pie con la espalda recta y sujétate al escritorio con una mano.',
      ),
      t(
        'Bend the other knee and take hold of that ankle behind you.',
        'Dobla la otra rodilla y agarra ese tobillo por detrás.',
      ),
      t(
        'Bring your knees side by side, the bent knee pointing at the floor.',
        'Junta las rodillas, con la rodilla doblada apuntando al suelo.',
      ),
      t(
        'Tuck your pelvis and squeeze that glute to feel the front of the hip.',
        'Mete la pelvis y aprieta ese glúteo para notar la parte delantera de la cadera.',
      ),
      t(
        'Keep the standing knee soft and hold without pulling hard.',
        'Mantén la rodilla de apoyo algo flexionada y aguanta sin tirar con fuerza.',
      ),
    ],
    cue: t(
      'Breathe slowly and let the pelvis do the work rather than the pulling hand.',
      'Respira despacio y deja que trabaje la pelvis, no la mano que tira.',
    ),
    cautions: [
      t(
        'Do not yank the heel toward your buttock; that can strain the knee.',
        'No tires del talón hacia el glúteo de golpe: puedes forzar la rodilla.',
      ),
      t(
        'Skip it if you cannot stand steadily on one leg, even while holding the desk.',
        'Sáltatelo si no te mantienes firme sobre una pierna, aun sujetándote al escritorio.',
      ),
    ],
    easier: t(
      'Loop a scarf or strap around the ankle if you cannot reach it.',
      'Pasa una bufanda o una cinta por el tobillo si no llegas a agarrarlo.',
    ),
    harder: t(
      'Move the bent knee slightly behind your hip while keeping the pelvis tucked.',
      'Lleva la rodilla doblada un poco por detrás de la cadera sin dejar de meter la pelvis.',
    ),
    illustration: 'desk-quad-stretch.svg',
    alt: t(
      'A person stands holding a desk with one hand and holds the other ankle behind them; the front of that thigh and hip is highlighted.',
      'Una persona de pie se sujeta a un escritorio con una mano y agarra el otro tobillo por detrás; se resalta la parte delantera de ese muslo y esa cadera.',
    ),
  },
  {
    ...entry('step-back-reach'),
    perSide: true,
    holdSeconds: 30,
    reps: 6,
    steps: [
      t(
        'Stand tall near your desk with your feet hip-width apart.',
        'Ponte de pie cerca del escritorio con los pies al ancho de la cadera.',
      ),
      t(
        'Step one foot back with the heel lifted and the front knee soft.',
        'Lleva un pie atrás con el talón levantado y la rodilla de delante algo flexionada.',
      ),
      t(
        'As you step, sweep both arms overhead and tuck your pelvis.',
        'Al dar el paso, sube los dos brazos por encima de la cabeza y mete la pelvis.',
      ),
      t(
        'Pause for one breath, then bring the foot back in and lower your arms.',
        'Haz una pausa de una respiración; luego junta de nuevo los pies y baja los brazos.',
      ),
      t(
        'Repeat slowly about 6 times on this side.',
        'Repítelo despacio unas 6 veces en este lado.',
      ),
    ],
    cue: t(
      'Inhale as the arms rise and exhale as you return.',
      'Toma aire al subir los brazos y suéltalo al volver.',
    ),
    cautions: [
      t(
        'Keep your ribs down and do not lean back to reach higher.',
        'Mantén las costillas abajo y no te eches hacia atrás para llegar más alto.',
      ),
      t(
        'Check that the floor behind you is clear before you step.',
        'Comprueba que el suelo detrás de ti está despejado antes de dar el paso.',
      ),
    ],
    easier: t(
      'Reach only to shoulder height and take a shorter step.',
      'Sube los brazos solo hasta la altura de los hombros y da un paso más corto.',
    ),
    harder: t(
      'Hold the last repetition for three slow breaths.',
      'Mantén la última repetición durante tres respiraciones lentas.',
    ),
    illustration: 'step-back-reach.svg',
    alt: t(
      'A person steps one leg back with both arms raised overhead; the front of the back hip is highlighted.',
      'Una persona da un paso atrás con los dos brazos levantados por encima de la cabeza; se resalta la parte delantera de la cadera de atrás.',
    ),
  },
  {
    ...entry('standing-hip-circles'),
    perSide: true,
    holdSeconds: 30,
    reps: 8,
    steps: [
      t(
        'Hold the desk with one hand and shift your weight onto one leg.',
        'Sujétate al escritorio con una mano y pasa el peso a una pierna.',
      ),
      t(
        'Lift the other knee in front of you to a comfortable height.',
        'Sube la otra rodilla delante de ti hasta una altura cómoda.',
      ),
      t(
        'Draw slow circles with that knee, out to the side and back around.',
        'Dibuja círculos lentos con esa rodilla, hacia fuera y de vuelta.',
      ),
      t(
        'Do 4 circles one way, then 4 the other way.',
        'Haz 4 círculos en un sentido y luego 4 en el otro.',
      ),
      t(
        'Keep your upper body still and the standing knee soft.',
        'Mantén el tronco quieto y la rodilla de apoyo algo flexionada.',
      ),
    ],
    cue: t(
      'Move smoothly and keep breathing; small circles are fine.',
      'Muévete con suavidad y sigue respirando; los círculos pueden ser pequeños.',
    ),
    cautions: [
      t(
        'Stay within a pain-free range and never swing the leg.',
        'Haz los círculos en un rango sin dolor y nunca balancees la pierna.',
      ),
      t(
        'Grip the desk firmly if your balance wobbles.',
        'Sujétate bien al escritorio si pierdes el equilibrio.',
      ),
    ],
    easier: t(
      'Leave the toes on the floor and circle the knee gently.',
      'Deja la punta del pie en el suelo y haz círculos suaves con la rodilla.',
    ),
    harder: t(
      'Make the circles a little wider while keeping the pelvis level.',
      'Haz los círculos un poco más amplios sin que la pelvis se incline.',
    ),
    illustration: 'standing-hip-circles.svg',
    alt: t(
      'A person holds a desk and lifts one knee; a circular arrow around the knee shows the movement.',
      'Una persona se sujeta a un escritorio y sube una rodilla; una flecha circular alrededor de la rodilla muestra el movimiento.',
    ),
  },
  {
    ...entry('kneeling-arm-reach'),
    perSide: true,
    holdSeconds: 30,
    steps: [
      t(
        'Kneel on a folded jacket or cushion with one foot flat in front.',
        'Arrodíllate sobre una chaqueta doblada o un cojín con un pie plano delante.',
      ),
      t(
        'Rest a hand on your front knee and line up shoulders over hips.',
        'Apoya una mano en la rodilla de delante y alinea los hombros sobre la cadera.',
      ),
      t(
        'Tuck your pelvis and gently squeeze the glute on the kneeling side.',
        'Mete la pelvis y aprieta suavemente el glúteo del lado de la rodilla apoyada.',
      ),
      t(
        'Raise the arm on the kneeling side straight overhead.',
        'Sube el brazo del lado de la rodilla apoyada por encima de la cabeza.',
      ),
      t(
        'Reach tall and ease your hips forward a little.',
        'Estírate hacia arriba y lleva la cadera un poco hacia delante.',
      ),
    ],
    cue: t(
      'Grow a little taller with each breath in, without flaring your ribs.',
      'Crece un poco con cada inhalación, sin abrir las costillas hacia fuera.',
    ),
    cautions: [
      t(
        'Pad the kneeling knee well, and skip this if kneeling is painful.',
        'Protege bien la rodilla apoyada y sáltatelo si arrodillarte te duele.',
      ),
      t(
        'Do not arch your back to reach higher; keep the movement in the hip.',
        'No arquees la espalda para llegar más alto; el movimiento está en la cadera.',
      ),
    ],
    easier: t(
      'Keep both hands on the desk and leave out the overhead reach.',
      'Deja las dos manos en el escritorio y omite el brazo arriba.',
    ),
    harder: t(
      'Add a slight lean away from the kneeling side as you reach.',
      'Añade una ligera inclinación hacia el lado contrario a la rodilla apoyada mientras te estiras.',
    ),
    illustration: 'kneeling-arm-reach.svg',
    alt: t(
      'A person kneels on a cushion with one foot forward and one arm reaching overhead; the front of the kneeling hip is highlighted.',
      'Una persona arrodillada sobre un cojín, con un pie delante y un brazo estirado hacia arriba; se resalta la parte delantera de la cadera apoyada.',
    ),
  },
  {
    ...entry('seated-pelvic-tilt'),
    perSide: false,
    holdSeconds: 30,
    reps: 10,
    steps: [
      t(
        'Sit near the front of your chair, feet flat, hands on your thighs.',
        'Siéntate cerca del borde de la silla, con los pies planos y las manos en los muslos.',
      ),
      t(
        'Roll your pelvis back and let your lower back round slightly.',
        'Lleva la pelvis hacia atrás y deja que la zona lumbar se redondee un poco.',
      ),
      t(
        'Then roll it forward until you sit tall on your sit bones.',
        'Después llévala hacia delante hasta apoyarte en los isquiones con la espalda larga.',
      ),
      t(
        'Rock slowly between the two positions about 10 times.',
        'Balancéate despacio entre las dos posiciones unas 10 veces.',
      ),
      t(
        'Finish in the middle, with your spine neutral.',
        'Termina en el punto medio, con la columna neutra.',
      ),
    ],
    cue: t(
      'Exhale as you round and inhale as you sit tall.',
      'Suelta el aire al redondear y tómalo al estirar la espalda.',
    ),
    cautions: [
      t(
        'Keep the range small and smooth; do not force either end.',
        'Haz un recorrido pequeño y fluido; no fuerces ninguno de los extremos.',
      ),
      t(
        'Use a steady chair so it does not roll as you move.',
        'Usa una silla estable para que no ruede mientras te mueves.',
      ),
    ],
    easier: t(
      'Make the rocking tiny and rest against the backrest between reps.',
      'Haz un balanceo mínimo y apóyate en el respaldo entre repeticiones.',
    ),
    harder: t(
      'Squeeze your glutes as you roll back and hold each end for one breath.',
      'Aprieta los glúteos al llevar la pelvis atrás y mantén cada extremo una respiración.',
    ),
    illustration: 'seated-pelvic-tilt.svg',
    alt: t(
      'A person sits upright on a chair with hands on thighs; a curved arrow at the pelvis shows it rocking.',
      'Una persona sentada con la espalda recta y las manos en los muslos; una flecha curva en la pelvis indica el balanceo.',
    ),
  },
  {
    ...entry('seated-march'),
    perSide: false,
    holdSeconds: 30,
    reps: 16,
    steps: [
      t(
        'Sit up straight near the front of your chair and hold the sides of the seat.',
        'Siéntate con la espalda recta cerca del borde y sujeta los lados del asiento.',
      ),
      t(
        "Lift one knee about a hand's width, keeping it bent.",
        'Levanta una rodilla más o menos un palmo, sin estirarla.',
      ),
      t(
        'Lower it with control, then lift the other knee.',
        'Bájala con control y luego levanta la otra rodilla.',
      ),
      t(
        'Keep alternating slowly, about 8 lifts per leg.',
        'Sigue alternando despacio, unas 8 elevaciones por pierna.',
      ),
      t(
        'Stay upright and do not lean back to lift higher.',
        'Mantén el tronco recto y no te eches atrás para subir más.',
      ),
    ],
    cue: t(
      'Breathe steadily and keep your belly gently braced.',
      'Respira de forma regular y mantén el abdomen ligeramente activo.',
    ),
    cautions: [
      t(
        'Lift only as high as you can without rounding your lower back.',
        'Sube solo hasta donde puedas sin redondear la zona lumbar.',
      ),
      t(
        'Make sure your chair will not roll while your feet are off the floor.',
        'Asegúrate de que la silla no ruede mientras tienes un pie en el aire.',
      ),
    ],
    easier: t(
      'Lift only your heels, keeping the balls of your feet down.',
      'Levanta solo los talones y deja la parte delantera del pie en el suelo.',
    ),
    harder: t(
      'Hold each knee up for two seconds before lowering it.',
      'Mantén cada rodilla arriba dos segundos antes de bajarla.',
    ),
    illustration: 'seated-march.svg',
    alt: t(
      'A person sits on a chair holding the seat with one knee lifted; the lifted thigh is highlighted.',
      'Una persona sentada en una silla se sujeta al asiento con una rodilla levantada; se resalta el muslo que sube.',
    ),
  },
  {
    ...entry('seated-edge-reach'),
    perSide: true,
    holdSeconds: 30,
    steps: [
      t(
        'Sit sideways on the front edge of a steady chair.',
        'Siéntate de lado en el borde delantero de una silla estable.',
      ),
      t(
        'Let one leg slide back, knee toward the floor, toes down.',
        'Desliza una pierna hacia atrás, con la rodilla hacia el suelo y los dedos apoyados.',
      ),
      t(
        'Hold the seat with the other hand and tuck your pelvis.',
        'Sujeta el asiento con la otra mano y mete la pelvis.',
      ),
      t(
        'Raise the arm on the back-leg side straight up.',
        'Sube recto hacia el techo el brazo del lado de la pierna de atrás.',
      ),
      t(
        'Reach tall and slightly toward the front leg, then hold.',
        'Estírate hacia arriba y un poco hacia la pierna de delante, y aguanta.',
      ),
    ],
    cue: t(
      'With every breath out, let your spine grow a little longer.',
      'Con cada exhalación, alarga un poco más la columna.',
    ),
    cautions: [
      t(
        'Do this only on a chair that will not roll or tip.',
        'Hazlo solo en una silla que no ruede ni vuelque.',
      ),
      t(
        'Lower the arm if your shoulder or lower back pinches.',
        'Baja el brazo si notas un pinchazo en el hombro o en la zona lumbar.',
      ),
    ],
    easier: t(
      'Leave your hand on your thigh and simply sit tall.',
      'Deja la mano en el muslo y limítate a estirar la espalda.',
    ),
    harder: t(
      'Slide the back foot a little further and add a gentle side lean.',
      'Aleja un poco más el pie de atrás y añade una ligera inclinación lateral.',
    ),
    illustration: 'seated-edge-reach.svg',
    alt: t(
      'A person sits on the edge of a chair with one leg extended back and one arm reaching overhead; the front of the back hip is highlighted.',
      'Una persona sentada en el borde de una silla, con una pierna estirada hacia atrás y un brazo hacia arriba; se resalta la parte delantera de la cadera de atrás.',
    ),
  },
  {
    ...entry('seated-side-quad'),
    perSide: true,
    holdSeconds: 30,
    steps: [
      t(
        'Sit sideways on a steady chair, with no armrest on the outer side.',
        'Siéntate de lado en una silla estable, sin reposabrazos en el lado exterior.',
      ),
      t(
        'Let the outer knee drop toward the floor beside the chair.',
        'Deja caer la rodilla exterior hacia el suelo, junto a la silla.',
      ),
      t(
        'Reach back, hold that ankle, and draw the heel toward you.',
        'Lleva la mano atrás, agarra ese tobillo y acerca el talón hacia ti.',
      ),
      t(
        'Steady yourself by holding the backrest or seat with your other hand.',
        'Sujétate al respaldo o al asiento con la otra mano.',
      ),
      t(
        'Tuck your pelvis until the front of your thigh and hip stretch.',
        'Mete la pelvis hasta notar el estiramiento delante del muslo y la cadera.',
      ),
    ],
    cue: t(
      'Breathe slowly and keep your chest upright.',
      'Respira despacio y mantén el pecho erguido.',
    ),
    cautions: [
      t(
        'Do not force the heel; stop if the knee feels strained.',
        'No fuerces el talón; para si notas tensión en la rodilla.',
      ),
      t(
        'Use a chair that will not tip when you shift toward its edge.',
        'Usa una silla que no vuelque cuando te desplaces hacia el borde.',
      ),
    ],
    easier: t(
      'Loop a scarf around the ankle instead of grabbing it.',
      'Pasa una bufanda alrededor del tobillo en lugar de agarrarlo.',
    ),
    harder: t(
      'Ease the knee slightly further back, keeping the pelvis tucked.',
      'Lleva la rodilla un poco más atrás sin dejar de meter la pelvis.',
    ),
    illustration: 'seated-side-quad.svg',
    alt: t(
      'A person sits sideways on a chair with one knee pointing down and a hand holding that ankle behind; the front of the thigh is highlighted.',
      'Una persona sentada de lado en una silla, con una rodilla hacia abajo y la mano agarrando ese tobillo por detrás; se resalta la parte delantera del muslo.',
    ),
  },
];

export const stretchById = new Map(stretches.map((s) => [s.id, s]));
