import { defineMove, t } from '../define';
import { arm, desk, flat, floor, hand, hipHighlight, poses, toe } from '../figure/notation';
import { deskBeside } from '../shared';

export default defineMove({
  perSide: true,
  timer: { kind: 'reps', count: 6, secondsPerRep: 6 },
  steps: [
    t(
      'Stand side-on to your desk with the nearer hand resting on it.',
      'Ponte de lado junto al escritorio, con la mano más cercana apoyada en él.',
    ),
    t(
      'Step the outer foot back, heel lifted, front knee slightly bent.',
      'Lleva hacia atrás el pie del lado exterior, con el talón levantado y la rodilla de delante algo flexionada.',
    ),
    t(
      'As you step, sweep the free arm overhead and tuck your pelvis.',
      'Al dar el paso, sube el brazo libre por encima de la cabeza y mete la pelvis.',
    ),
    t(
      'Pause for one breath, then step back in and lower the arm.',
      'Haz una pausa de una respiración; luego vuelve a juntar los pies y baja el brazo.',
    ),
    t(
      'Do 6 slow repetitions, then turn around for the other side.',
      'Haz 6 repeticiones lentas y después date la vuelta para el otro lado.',
    ),
  ],
  cue: t(
    'Breathe in as the arm rises, out as you return.',
    'Toma aire al subir el brazo y suéltalo al volver.',
  ),
  cautions: [
    t(
      'Keep your ribs down; do not lean back to reach higher.',
      'Mantén las costillas abajo y no te eches hacia atrás para llegar más alto.',
    ),
    t(
      'Check that the floor behind you is clear before you step.',
      'Comprueba que el suelo detrás de ti está despejado antes de dar el paso.',
    ),
  ],
  easier: t(
    'Reach only to shoulder height and take a shorter step.',
    'Sube el brazo solo hasta la altura del hombro y da un paso más corto.',
  ),
  harder: t(
    'On the last repetition, stay in the step for three slow breaths.',
    'En la última repetición, quédate en el paso durante tres respiraciones lentas.',
  ),
  alt: t(
    'A person holding a desk steps one leg back while sweeping the other arm overhead, then returns; the front of the back hip is highlighted.',
    'Una persona sujeta a un escritorio da un paso atrás mientras sube el otro brazo por encima de la cabeza, y vuelve; se resalta la parte delantera de la cadera de atrás.',
  ),
  figure: {
    view: 'side',
    showPelvis: true,
    props: [deskBeside],
    seconds: 4,
    highlight: hipHighlight('A', 5, 4),
    frames: poses(
      { legB: flat(floor(122)) },
      {
        pelvis: [124, 115],
        torso: 180,
        tilt: 4,
        legA: toe(floor(134), 90),
        armA: arm(6, 4),
        armB: hand(desk(143), 'back'),
      },
      {
        pelvis: [120, 118],
        torso: 180,
        tilt: 0,
        legA: toe(floor(104, 12), 40),
        armA: arm(100, 110),
        armB: hand(desk(137), 'back'),
      },
      {
        pelvis: [116, 121],
        torso: 181,
        tilt: -10,
        legA: toe(floor(90), 60),
        armA: arm(146, 170),
        armB: hand(desk(134), 'back'),
      },
    ),
  },
});
