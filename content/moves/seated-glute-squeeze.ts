import { defineMove, t } from '../define';
import { flat, floor, hand, poses, seat } from '../figure/notation';

export default defineMove({
  perSide: false,
  timer: { kind: 'reps', count: 10, secondsPerRep: 5 },
  steps: [
    t(
      'Sit back on your chair, soles on the floor; a rolling chair is fine for this one.',
      'Siéntate al fondo de la silla, con las plantas apoyadas; aquí vale una silla con ruedas.',
    ),
    t(
      'Rest your hands on your thighs and sit tall.',
      'Apoya las manos en los muslos y estira la espalda.',
    ),
    t(
      'Squeeze both buttocks firmly for a slow count of three.',
      'Aprieta con fuerza los dos glúteos mientras cuentas despacio hasta tres.',
    ),
    t('Let go completely for two counts.', 'Suelta del todo durante dos segundos.'),
    t('Repeat 10 times, in time with the timer.', 'Repítelo 10 veces, al ritmo del temporizador.'),
  ],
  cue: t(
    'Keep breathing while you squeeze; do not hold your breath.',
    'Sigue respirando mientras aprietas; no contengas el aire.',
  ),
  cautions: [
    t(
      'Stop if the squeeze brings on pain in your back or hips.',
      'Para si al apretar aparece dolor en la espalda o en las caderas.',
    ),
  ],
  easier: t(
    'Squeeze more gently, or one side at a time.',
    'Aprieta con menos fuerza, o un lado cada vez.',
  ),
  harder: t(
    'Add a small tuck of the pelvis with each squeeze.',
    'Añade una pequeña basculación de la pelvis con cada contracción.',
  ),
  alt: t(
    'A person sits on a chair with hands on thighs and squeezes the buttocks, tucking the pelvis slightly; the buttocks are highlighted.',
    'Una persona sentada con las manos en los muslos aprieta los glúteos y mete un poco la pelvis; se resaltan los glúteos.',
  ),
  figure: {
    view: 'side',
    props: [{ kind: 'chair', x: 56, back: 'left' }],
    seconds: 2.5,
    showPelvis: true,
    highlight: { bones: [], glow: { at: 'pelvis', dx: -6, dy: 2, r: 15 } },
    frames: poses(
      { pelvis: seat(80), legA: flat(floor(122)), legB: flat(floor(126)) },
      { torso: 178, tilt: 6, armA: hand([108, 141]), armB: hand([106, 140]) },
      { torso: 185, tilt: -12, armA: hand([107, 141]), armB: hand([105, 140]) },
    ),
  },
});
