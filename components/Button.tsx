import type { Ref } from 'preact';

interface Props {
  label: string;
  onClick: () => unknown;
  variant?: 'primary' | 'danger';
  /** For pages that move keyboard focus onto the button. */
  buttonRef?: Ref<HTMLButtonElement>;
}

/** A plain action button in the project's style. */
export function Button({ label, onClick, variant, buttonRef }: Props) {
  return (
    <button
      ref={buttonRef}
      type="button"
      class={variant ? `btn btn-${variant}` : 'btn'}
      onClick={() => {
        void onClick();
      }}
    >
      {label}
    </button>
  );
}
